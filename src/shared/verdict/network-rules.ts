import ct from 'countries-and-timezones'
import { countryLabel, toCountryCode, type CountryCode } from '../country'
import { exitRoutes, paymentExit, type Observation } from '../monitor/observation'
import type { CardProfile } from '../profile/schema'
import type { VerdictContext } from './context'
import { bothInEea } from './eea'
import { finding } from './finding'
import type { Finding } from './types'

const RECENT_CHANGE_MS = 10 * 60_000
const zh = (c: CountryCode | null) => countryLabel(c, 'zh')
const en = (c: CountryCode | null) => countryLabel(c, 'en')

function countryRules(profile: CardProfile, observation: Observation): Finding[] {
  const exit = paymentExit(observation)
  const network = exit?.country ?? null
  const billing = profile.billing.country
  const card = profile.card.issuingCountry
  const out: Finding[] = []
  if (!exit || !network) {
    out.push(
      finding(
        'network-country-unknown',
        'yellow',
        { ip: exit?.ip ?? null },
        '无法确定网络出口所在国家，无法比较',
        'The network exit’s country is unknown, so it cannot be compared',
        'network-exit',
      ),
    )
    return out
  }
  const evidence = { route: exit.route, ip: exit.ip, network, billing, card }
  if (network !== billing) {
    out.push(
      finding(
        'network-vs-billing',
        'red',
        evidence,
        `网络出口在${zh(network)}，账单地址在${zh(billing)}：请把代理节点切到账单国家`,
        `Your network exit is in ${en(network)} but the billing address is in ${en(billing)}: switch the VPN/proxy exit to the billing country`,
        'vpn-region',
      ),
    )
  }
  if (card && network !== card) {
    const eea = bothInEea(network, card)
    out.push(
      finding(
        'network-vs-card',
        eea ? 'yellow' : 'red',
        { ...evidence, eea },
        `网络出口在${zh(network)}，卡片由${zh(card)}发行${eea ? '（同属欧洲经济区，风险较低）' : '：处理方最先看的就是这一项'}`,
        `Your network exit is in ${en(network)} but the card was issued in ${en(card)}${eea ? ' (both in the EEA, a smaller risk)' : ': this is the first thing the processor compares'}`,
        'vpn-region',
      ),
    )
  }
  const v6 = observation.exits.ipv6
  if (v6 && v6.country === null) {
    out.push(
      finding(
        'ipv6-country-unknown',
        'yellow',
        { ip: v6.ip },
        `IPv6 出口 ${v6.ip} 的国家未知；浏览器会优先使用 IPv6`,
        `The IPv6 exit ${v6.ip} has no known country; browsers prefer IPv6`,
        'vpn-region',
      ),
    )
  } else if (v6 && v6.country !== billing) {
    out.push(
      finding(
        'ipv6-vs-billing',
        'red',
        { ip: v6.ip, ipv6: v6.country, billing },
        `IPv6 出口在${zh(v6.country)}，与账单国家${zh(billing)}不一致：浏览器优先走 IPv6，请在代理中接管 IPv6 或在系统中关闭 IPv6`,
        `Your IPv6 exit is in ${en(v6.country)}, not the billing country ${en(billing)}: browsers prefer IPv6, so route IPv6 through the proxy or turn IPv6 off`,
        'vpn-region',
      ),
    )
  }
  return out
}

function routingRules(observation: Observation): Finding[] {
  const out: Finding[] = []
  const split = observation.split
  if (split?.countryDiffers) {
    out.push(
      finding(
        'split-routing-country',
        'red',
        { ...split },
        `分流：OpenAI 走 ${split.merchantIp}，其他网站走 ${split.genericIp}，两者国家不同：让代理规则对所有付款相关网站使用同一节点`,
        `Split routing: OpenAI goes out via ${split.merchantIp}, other sites via ${split.genericIp}, in different countries: make the proxy rules send every payment site through one exit`,
        'vpn-region',
      ),
    )
  } else if (split?.ipDiffers) {
    out.push(
      finding(
        'split-routing-ip',
        'yellow',
        { ...split },
        `分流：OpenAI 走 ${split.merchantIp}，其他网站走 ${split.genericIp}（国家相同）`,
        `Split routing: OpenAI goes out via ${split.merchantIp}, other sites via ${split.genericIp} (same country)`,
        'vpn-region',
      ),
    )
  }
  const merchantRule = observation.proxy?.find((p) => p.url === 'https://chatgpt.com/')?.rule
  const others = (observation.proxy ?? []).filter(
    (p) => p.url !== 'https://chatgpt.com/' && p.rule !== 'unknown',
  )
  const differing =
    merchantRule && merchantRule !== 'unknown' ? others.filter((p) => p.rule !== merchantRule) : []
  if (differing.length > 0) {
    const hosts = differing.map((p) => `${new URL(p.url).host} → ${p.rule}`).join('; ')
    out.push(
      finding(
        'split-routing-proxy',
        'yellow',
        { merchantRule: merchantRule ?? null, differing: hosts },
        `系统代理把付款网站分流了（chatgpt.com → ${merchantRule}；${hosts}）：Stripe 页面可能从另一个出口付款`,
        `The system proxy routes payment hosts differently (chatgpt.com → ${merchantRule}; ${hosts}): the Stripe checkout may pay from another exit`,
        'vpn-region',
      ),
    )
  }
  return out
}

function stabilityRules(observation: Observation, context: VerdictContext): Finding[] {
  const out: Finding[] = []
  const disagreeing = exitRoutes
    .map((r) => observation.exits[r])
    .filter((e) => e?.agreement === 'disagree')
  if (disagreeing.length > 0) {
    const lead = disagreeing[0]
    const seen = disagreeing
      .map(
        (e) =>
          `${e?.route}: ${[...new Set(e?.witnesses.map((w) => w.country).filter(Boolean))].join('/')}`,
      )
      .join('; ')
    out.push(
      finding(
        'sources-disagree',
        'yellow',
        { routes: seen },
        `各来源对出口国家说法不一（${seen}），商户可能看到${zh(lead?.country ?? null)}`,
        `Sources disagree about the exit’s country (${seen}); the merchant may see ${en(lead?.country ?? null)}`,
        'vpn-region',
      ),
    )
  }
  if (context.exitChangedAt && context.now - Date.parse(context.exitChangedAt) < RECENT_CHANGE_MS) {
    out.push(
      finding(
        'exit-changed-recently',
        'yellow',
        { exitChangedAt: context.exitChangedAt },
        '出口 IP 在 10 分钟内变过：频繁换 IP 会触发风控，请固定节点后再付款',
        'The exit IP changed within the last 10 minutes: IP hopping trips fraud rules, so settle on one exit before paying',
        'wait-risk',
      ),
    )
  }
  const tzCountry = context.timeZone
    ? toCountryCode(ct.getCountryForTimezone(context.timeZone)?.id)
    : null
  const network = paymentExit(observation)?.country ?? null
  if (tzCountry && network && tzCountry !== network) {
    out.push(
      finding(
        'timezone-vs-network',
        'info',
        { timeZone: context.timeZone, timeZoneCountry: tzCountry, network },
        `系统时区（${context.timeZone}）在${zh(tzCountry)}，网络出口在${zh(network)}：部分风控会参考时区，仅供参考`,
        `Your system time zone (${context.timeZone}) is in ${en(tzCountry)} while the exit is in ${en(network)}: some risk checks look at it; for information only`,
        null,
      ),
    )
  }
  return out
}

/** Rules that compare the network evidence with the profile; run only on fresh evidence. */
export function networkFindings(
  profile: CardProfile,
  observation: Observation,
  context: VerdictContext,
): Finding[] {
  return [
    ...countryRules(profile, observation),
    ...routingRules(observation),
    ...stabilityRules(observation, context),
  ]
}
