import type { Observation } from '../../../shared/monitor/observation'
import { useT } from '../use-t'

/** Split routing and the system proxy's route for each payment host. */
export function RoutingNotes({ observation }: { observation: Observation }) {
  const t = useT()
  const split = observation.split
  const splitText = !split
    ? null
    : split.countryDiffers
      ? t('split.country')
      : split.ipDiffers
        ? t('split.ip', { merchant: split.merchantIp, generic: split.genericIp })
        : t('split.none')
  return (
    <section className="card" aria-label={t('proxy.title')}>
      {splitText ? <p className={split?.ipDiffers ? 'warn' : 'muted'}>{splitText}</p> : null}
      <h3>{t('proxy.title')}</h3>
      {observation.proxy ? (
        <ul className="proxy">
          {observation.proxy.map((p) => (
            <li key={p.url}>
              <code>{new URL(p.url).host}</code> → <code>{p.rule}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('proxy.unknown')}</p>
      )}
    </section>
  )
}
