import { countryLabel } from '../country'
import { capabilityNames, type Capability, type CardProfile } from '../profile/schema'
import { finding } from './finding'
import type { Finding } from './types'

const DAY_MS = 24 * 60 * 60_000

const capabilityText: Record<Capability, { zh: string; en: string }> = {
  usd: { zh: '尚未确认卡片已开通美元支付', en: 'You have not confirmed the card can pay in USD' },
  international: {
    zh: '尚未确认卡片已开通境外/国际在线支付',
    en: 'You have not confirmed international online payments are enabled',
  },
  recurring: {
    zh: '尚未确认卡片允许订阅/自动扣费',
    en: 'You have not confirmed recurring (subscription) charges are allowed',
  },
  headroom: {
    zh: '尚未确认卡内至少留有 $5 余量（绑卡时有约 $5 的预授权）',
    en: 'You have not confirmed at least $5 of headroom (adding a card places a ~$5 hold)',
  },
}

/** The first moment after the card's expiry month (cards are valid through their last day). */
function expiryEnd(year: number, month: number): number {
  return Date.UTC(year, month, 1)
}

function expiryFindings(profile: CardProfile, now: number): Finding[] {
  const { expiryMonth, expiryYear } = profile.card
  if (expiryMonth === null || expiryYear === null) return []
  const end = expiryEnd(expiryYear, expiryMonth)
  const expiry = `${String(expiryMonth).padStart(2, '0')}/${expiryYear}`
  if (now >= end)
    return [
      finding(
        'card-expired',
        'red',
        { expiry },
        `卡片已于 ${expiry} 过期`,
        `The card expired (${expiry})`,
        'card-status',
      ),
    ]
  if (end - now <= 30 * DAY_MS) {
    const days = Math.ceil((end - now) / DAY_MS)
    return [
      finding(
        'card-expiring',
        'yellow',
        { expiry, days },
        `卡片将在 ${days} 天内过期（${expiry}）`,
        `The card expires within ${days} days (${expiry})`,
        'card-status',
      ),
    ]
  }
  return []
}

/** Rules about the card itself and what the user declared about it; they need no network. */
export function cardFindings(profile: CardProfile, now: number): Finding[] {
  const out: Finding[] = []
  const { issuingCountry, funding } = profile.card
  const billing = profile.billing.country
  if (!issuingCountry) {
    out.push(
      finding(
        'card-country-unknown',
        'yellow',
        { bin: profile.card.bin },
        '发卡国家未知：请用 BIN 查询或手动填写，否则无法比较',
        'The issuing country is unknown: look the BIN up or enter it, otherwise it cannot be compared',
        'card-profile',
      ),
    )
  } else if (issuingCountry !== billing) {
    out.push(
      finding(
        'card-vs-billing',
        'yellow',
        { card: issuingCountry, billing },
        `卡片由${countryLabel(issuingCountry, 'zh')}发行，账单地址在${countryLabel(billing, 'zh')}：有些卡（例如欧洲经济区内跨国发行的电子货币卡）本就如此；但账单地址必须是发卡机构登记的地址（虚拟卡以服务商 App 显示的为准）`,
        `The card was issued in ${countryLabel(issuingCountry, 'en')} but the billing address is in ${countryLabel(billing, 'en')}: legitimate for some cards (e-money cards issued in one EEA country to residents of another), a problem when the address is not the one the issuer has on file (for a virtual card: the one its provider shows)`,
        'billing-address',
      ),
    )
  }
  if (funding === 'prepaid') {
    out.push(
      finding(
        'card-prepaid',
        'red',
        { funding },
        'OpenAI 不接受预付卡和礼品卡：请换用信用卡或借记卡',
        'OpenAI does not accept prepaid or gift cards: use a credit or debit card',
        'card-types',
      ),
    )
  }
  out.push(...expiryFindings(profile, now))
  for (const name of capabilityNames) {
    if (profile.capabilities[name] === false) {
      const text = capabilityText[name]
      out.push(
        finding(
          `capability-${name}`,
          'yellow',
          { capability: name },
          text.zh,
          text.en,
          'card-status',
        ),
      )
    }
  }
  return out
}
