import { countryLabel } from '../../../shared/i18n/country-text'
import { networkText } from '../../../shared/view/exit-network-text'
import type { Exit, ExitRoute } from '../../../shared/monitor/observation'
import { routeTitle } from '../../../shared/view/route-title'
import { agreementCount } from '../../../shared/view/tray-view'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { sourceLabel } from '../../../shared/view/source-label'

// Network kinds a payment risk check scores higher; shown as a warning, like the verdict says.
const risky = new Set(['hosting', 'vpn-or-relay'])

/**
 * One exit: its IP, the country, who runs its network, and who said so, disagreements included.
 * Evidence that is no longer current keeps its facts but loses its agreement count.
 */
export function ExitCard({
  route,
  exit,
  current = true,
}: {
  route: ExitRoute
  exit: Exit | null
  current?: boolean
}) {
  const t = useT()
  const lang = useLang()
  const merchants = useAppStore((s) => s.app?.settings.merchants) ?? []
  const title = routeTitle(route, merchants, lang)
  if (!exit) {
    return (
      <section className="card exit exit-missing" aria-label={title}>
        <h3>{title}</h3>
        <p className="muted">{route === 'ipv6' ? t('ipv6.absent') : t('exit.none')}</p>
      </section>
    )
  }
  const { agree, total } = agreementCount(exit)
  // One phrase per fact: "3/3 个来源一致" already says they agree.
  const agreement =
    exit.agreement === 'agree'
      ? t('exit.sources', { agree, total })
      : exit.agreement === 'disagree'
        ? `${t('exit.sources', { agree, total })} · ${t('agreement.disagree', { country: countryLabel(exit.country, lang) })}`
        : t(`agreement.${exit.agreement}`)
  return (
    <section className="card exit" aria-label={title}>
      <h3>{title}</h3>
      <p className="exit-ip">
        <code>{exit.ip}</code>
      </p>
      <p className="exit-country">{countryLabel(exit.country, lang)}</p>
      {current ? (
        <p className={exit.agreement === 'disagree' ? 'warn' : 'muted'}>{agreement}</p>
      ) : null}
      <p
        className={
          risky.has(exit.network?.kind ?? 'unknown') ? 'exit-network warn' : 'exit-network muted'
        }
      >
        {networkText(exit, lang)}
      </p>
      <ul className="witnesses">
        {exit.witnesses.map((w) => (
          <li key={`${w.kind}-${w.by}`} title={w.detail}>
            {t('witness.says', {
              source: sourceLabel(t, w.by, w.kind),
              country: countryLabel(w.country, lang),
            })}
          </li>
        ))}
      </ul>
      {exit.otherIps.length > 0 ? (
        <p className="warn">
          {t('exit.otherIps', {
            ips: {
              list: exit.otherIps.map((o) =>
                t('exit.otherIp', {
                  ip: o.ip,
                  sources: { list: o.seenBy.map((by) => sourceLabel(t, by)) },
                }),
              ),
              by: 'semicolon',
            },
          })}
        </p>
      ) : null}
    </section>
  )
}
