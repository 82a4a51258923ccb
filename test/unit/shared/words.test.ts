import { lightEventMessage } from '../../../src/shared/i18n/light-event-text'
import fc from 'fast-check'
import { clockTime } from '../../../src/shared/i18n/clock-time'
import { zh as zhMessages } from '../../../src/shared/i18n/messages'
import { translate } from '../../../src/shared/i18n/translate'
import type { CountryCode } from '../../../src/shared/geo/country'
import { brandLabel } from '../../../src/shared/profile/brand-label'
import { routeTitle } from '../../../src/shared/view/route-title'

describe('brand names', () => {
  it.each([
    ['visa', 'Visa'],
    ['mastercard', 'Mastercard'],
    ['amex', 'American Express'],
    ['american-express', 'American Express'],
    ['unionpay', 'UnionPay'],
    ['diners', 'Diners Club'],
    ['jcb', 'JCB'],
    ['some bank card', 'Some Bank Card'],
  ])('writes %s as %s', (stored, shown) => {
    expect(brandLabel(stored)).toBe(shown)
  })

  it('never returns an empty name for a non-empty brand, and keeps its letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z -]{0,20}$/), (brand) => {
        const label = brandLabel(brand)
        expect(label.length).toBeGreaterThan(0)
        if (!['amex', 'diners'].includes(brand.trim()))
          expect(label.toLowerCase().replace(/[\s-]/g, '')).toBe(
            brand.trim().toLowerCase().replace(/[\s-]/g, ''),
          )
      }),
    )
  })
})

describe('message parameters', () => {
  it('join a list with the reader’s separator', () => {
    const params = {
      items: {
        list: [
          { message: 'capability.short.usd' as const },
          { message: 'capability.short.recurring' as const },
        ],
      },
    }
    expect(translate('zh', 'finding.capabilities-unconfirmed', params)).toMatch(
      /^尚未向发卡行确认：美元支付、订阅扣费（/,
    )
    expect(translate('en', 'finding.capabilities-unconfirmed', params)).toMatch(
      /^Not yet confirmed with your issuer: paying in USD, recurring charges \(/,
    )
  })

  it('name a country without its code inside a sentence', () => {
    const text = translate('zh', 'finding.postal-code-format', {
      postalCode: '9021',
      country: { country: 'US' as CountryCode },
    })
    expect(text).toBe('邮编“9021”不符合美国的格式')
    expect(text).not.toMatch(/[A-Z]{2}/)
  })
})

describe('route titles', () => {
  it('name the merchant whose edge is read', () => {
    expect(routeTitle('merchant', ['openai', 'anthropic'], 'zh')).toBe('商户线路（OpenAI 看到的）')
    expect(routeTitle('merchant', ['anthropic'], 'en')).toBe('Merchant route (what Anthropic sees)')
    expect(routeTitle('ipv6', ['anthropic'], 'zh')).toBe('IPv6 出口')
  })
})

describe('clock time', () => {
  it('is hours and minutes, 24-hour, in both languages', () => {
    const iso = '2026-11-26T12:04:30.000Z'
    const local = new Date(iso)
    const hhmm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`
    expect(clockTime(iso, 'zh')).toBe(hhmm)
    expect(clockTime(iso, 'en')).toBe(hhmm)
  })
})

describe('lines that read as people write them', () => {
  it('says the light turned green, not "灯色变为绿灯"', () => {
    const light = { light: { message: 'session.light.green' as const } }
    expect(translate('zh', 'history.event.light', light)).toBe('转为绿灯')
    expect(translate('en', 'history.event.light', light)).toBe('Light turned green')
  })

  it('says the cool-down began, not that the light "turned cool-down"', () => {
    const { message, params } = lightEventMessage('wait')
    expect(translate('en', message, params)).toBe('The light shows the cool-down')
    expect(translate('zh', message, params)).toBe('灯转为冷却中')
    const green = lightEventMessage('green')
    expect(translate('zh', green.message, green.params)).toBe('转为绿灯')
  })

  it('calls the same self-check "三项" everywhere, never "三步"', () => {
    const all = Object.values(zhMessages).join('\n')
    expect(all).toContain('三项自检')
    expect(all).not.toContain('三步')
  })
})
