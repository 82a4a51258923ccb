import type { Lang } from '../shared/geo/country'
import { countryLabel } from '../shared/i18n/country-text'
import { geoOutcomeKey } from '../shared/geo/attempt-text'
import { formatAge, translate } from '../shared/i18n/translate'
import { exitRoutes, type Observation } from '../shared/monitor/observation'
import { networkText } from '../shared/view/exit-network-text'
import { defaultMerchants, type MerchantId } from '../shared/merchant/watched'
import type { CardProfile } from '../shared/profile/schema'
import { routeTitle } from '../shared/view/route-title'
import { sourceLabel } from '../shared/view/source-label'
import { agreementCount } from '../shared/view/tray-view'
import type { Verdict } from '../shared/verdict/types'
import { listText } from '../shared/i18n/locale-tag'

/** The observation as readable lines, in the user's language; every failure is listed with its reason. */
export function formatObservation(
  observation: Observation,
  lang: Lang,
  merchants: readonly MerchantId[] = defaultMerchants,
): string[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params)
  const names = listText(
    lang,
    merchants.map((m) => t(`merchant.name.${m}`)),
  )
  const lines = [`${t('app.name')} — ${observation.checkedAt}`, t('merchant.watching', { names })]
  for (const route of exitRoutes) {
    const exit = observation.exits[route]
    if (!exit) {
      lines.push(`${routeTitle(route, merchants, lang)}: ${t('exit.none')}`)
      continue
    }
    const { agree, total } = agreementCount(exit)
    const agreement =
      exit.agreement === 'disagree'
        ? t('agreement.disagree', { country: countryLabel(exit.country, lang) })
        : t(`agreement.${exit.agreement}`)
    lines.push(
      `${routeTitle(route, merchants, lang)}: ${exit.ip}  ${countryLabel(exit.country, lang)}  (${t('exit.sources', { agree, total })}; ${agreement})`,
    )
    const witnesses = exit.witnesses.map((w) =>
      t('witness.says', {
        source: sourceLabel(t, w.by, w.kind),
        country: countryLabel(w.country, lang),
      }),
    )
    lines.push(`    ${witnesses.join(lang === 'zh' ? '；' : '; ')}`)
    lines.push(`    ${networkText(exit, lang)}`)
    for (const other of exit.otherIps)
      lines.push(`    ${t('exit.otherIps', { ips: `${other.ip} (${other.seenBy.join(', ')})` })}`)
  }
  const split = observation.split
  if (split) {
    lines.push(
      split.countryDiffers
        ? t('split.country')
        : split.ipDiffers
          ? t('split.ip', { merchant: split.merchantIp, generic: split.genericIp })
          : t('split.none'),
    )
  }
  if (observation.proxy) {
    lines.push(
      `${t('proxy.title')}: ${observation.proxy.map((p) => `${new URL(p.url).host} → ${p.rule}`).join('; ')}`,
    )
  }
  const geoAttempts = observation.geoAttempts ?? []
  if (observation.sightings.length + geoAttempts.length > 0) lines.push(`${t('status.sources')}:`)
  for (const s of observation.sightings) {
    const what = s.failure
      ? `${t(`failure.${s.failure.code}`)} (${s.failure.detail})`
      : `${s.ip}  ${s.rawCountry === null ? '' : (s.country ?? `? (${s.rawCountry})`)}`
    lines.push(`    ${s.source.padEnd(12)} ${what}  ${s.elapsedMs} ms`)
  }
  for (const a of geoAttempts) {
    const retry = a.retryAt ? `; ${t('geo.retryAt', { time: a.retryAt })}` : ''
    const detail = a.detail ? ` (${a.detail})` : ''
    lines.push(
      `    ${t('geo.provider', { provider: a.provider })} ${a.ip}: ${t(geoOutcomeKey(a.outcome))}${detail}${retry}`,
    )
  }
  return lines
}

/** The verdict as readable lines: the light, the age of its evidence, then every finding. */
export function formatVerdict(verdict: Verdict, lang: Lang, now: number): string[] {
  const lines = [translate(lang, `light.${verdict.light}`)]
  if (verdict.evidenceAt)
    lines.push(
      translate(lang, 'verdict.evidenceAge', {
        at: verdict.evidenceAt,
        age: formatAge(lang, now - Date.parse(verdict.evidenceAt)),
        now: new Date(now).toISOString(),
      }),
    )
  for (const f of verdict.findings) lines.push(`  [${f.severity}] ${f.id}: ${f.message[lang]}`)
  return lines
}

/** The card data exactly as PayLight would keep it, so a user sees that nothing more is stored. */
export function formatProfile(profile: CardProfile, lang: Lang): string[] {
  const { card, billing } = profile
  const kept = card.last4 ? 'cli.keptBinAndLast4' : 'cli.keptBin'
  return [
    translate(lang, 'cli.profileKept', {
      digits: `${card.bin}${'•'.repeat(4)}${card.last4 ?? '····'}`,
      kept: { message: kept, params: { count: card.bin.length } },
      issuing: countryLabel(card.issuingCountry, lang),
      billing: countryLabel(billing.country, lang),
    }),
  ]
}
