import { lookUpDecline } from '../../../src/shared/declines/match'
import { normalizeMessage } from '../../../src/shared/declines/normalize'
import { explainDecline } from '../../../src/shared/declines/explain'

const topId = (text: string): string | undefined => lookUpDecline(text)[0]?.entry.id

// The rows of the decline reference table, copied here so the test stands on the repo alone.
const tableRows: readonly (readonly [string, readonly string[], string])[] = [
  [
    'Your card was declined.',
    [
      'generic_decline',
      'do_not_honor',
      'transaction_not_allowed',
      'call_issuer',
      'do_not_try_again',
      'fraudulent',
    ],
    'card-declined',
  ],
  [
    'Your card does not support this type of purchase.',
    ['card_not_supported'],
    'card-not-supported',
  ],
  ['Your card has insufficient funds.', ['insufficient_funds'], 'insufficient-funds'],
  ["Your card's security code is incorrect.", ['incorrect_cvc', 'invalid_cvc'], 'incorrect-cvc'],
  ['Your postal code is incorrect.', ['incorrect_zip'], 'incorrect-zip'],
  ['The zip code you supplied failed validation.', ['incorrect_zip'], 'incorrect-zip'],
  ['Your card number is incorrect.', ['incorrect_number', 'invalid_number'], 'incorrect-number'],
  [
    'Your card has expired.',
    ['expired_card', 'invalid_expiry_month', 'invalid_expiry_year'],
    'expired-card',
  ],
  [
    'Your card does not support this currency.',
    ['currency_not_supported'],
    'currency-not-supported',
  ],
  [
    'You have exceeded the maximum number of declines on this card in the last 24 hour period.',
    ['card_velocity_exceeded', 'withdrawal_count_limit_exceeded'],
    'velocity-exceeded',
  ],
  [
    'An error occurred while processing your card. Try again in a little bit.',
    ['processing_error', 'issuer_not_available', 'try_again_later', 'reenter_transaction'],
    'processing-error',
  ],
  [
    'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    ['authentication_required'],
    'authentication-failed',
  ],
  [
    'Your card has been declined (lost/stolen/pickup/restricted)',
    ['lost_card', 'stolen_card', 'pickup_card', 'restricted_card'],
    'hard-decline',
  ],
  ["OpenAI's services are not available in your country.", [], 'region-unavailable'],
  ['Country, region, or territory not supported', [], 'region-unsupported-api'],
]

// What users paste: Chrome/Edge page translation, ChatGPT's zh-CN UI, partial text, odd case.
const phrasings: readonly (readonly [string, string])[] = [
  ['您的卡被拒绝了。', 'card-declined'],
  ['你的银行卡被拒绝', 'card-declined'],
  ['Error: Your card was declined. https://chatgpt.com/#pricing', 'card-declined'],
  ['YOUR CARD WAS DECLINED!!!', 'card-declined'],
  ['card was declined', 'card-declined'],
  ['您的卡不支持此类购买', 'card-not-supported'],
  ['您的卡不支持此类型的购买。', 'card-not-supported'],
  ['卡资金不足', 'insufficient-funds'],
  ['您的卡资金不足。', 'insufficient-funds'],
  ['您的卡的安全码不正确。', 'incorrect-cvc'],
  ['您的邮政编码不正确', 'incorrect-zip'],
  ['zip code you supplied failed', 'incorrect-zip'],
  ['您的卡号不正确。', 'incorrect-number'],
  ['您的卡已过期。', 'expired-card'],
  ['您的卡不支持此货币。', 'currency-not-supported'],
  ['您在过去 24 小时内已超过此卡的最大拒绝次数。', 'velocity-exceeded'],
  ['exceeded the maximum number of declines', 'velocity-exceeded'],
  ['处理您的卡时出错。请稍后再试。', 'processing-error'],
  ['我们无法验证您的付款方式。请选择其他付款方式并重试。', 'authentication-failed'],
  ['您的卡已挂失', 'hard-decline'],
  ['OpenAI 的服务在您所在的国家/地区不可用。', 'region-unavailable'],
  ['ｎｏｔ ａｖａｉｌａｂｌｅ ｉｎ ｙｏｕｒ ｃｏｕｎｔｒｙ', 'region-unavailable'],
  [
    '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported"}}',
    'region-unsupported-api',
  ],
  ['国家、地区或领土不受支持', 'region-unsupported-api'],
  ['您的银行卡被拒绝了', 'card-declined'],
  ['卡片被拒绝', 'card-declined'],
  ['your crad was declind', 'card-declined'],
  ['Stripe error: card_declined', 'card-declined'],
  ['Your card was declined. Please try again with a different card.', 'card-declined'],
  ['邮编验证失败', 'incorrect-zip'],
  ['银行卡余额不足', 'insufficient-funds'],
  ['处理您的卡时发生错误。请稍后重试。', 'processing-error'],
  ['我们无法对您的付款方式进行身份验证', 'authentication-failed'],
  ['Your card number 4242 4242 4242 4242 is incorrect', 'incorrect-number'],
]

describe('lookUpDecline', () => {
  it.each(tableRows)('finds the table row %j', (message, _codes, id) => {
    // The hard declines are shown as the generic message, so they rank next to it, not above it.
    expect(lookUpDecline(message).map((hit) => hit.entry.id)).toContain(id)
    if (id !== 'hard-decline') expect(topId(message)).toBe(id)
  })

  it.each(tableRows.flatMap(([, codes, id]) => codes.map((code) => [code, id] as const)))(
    'finds the code %s alone',
    (code, id) => {
      expect(topId(code)).toBe(id)
      expect(topId(code.toUpperCase())).toBe(id)
    },
  )

  it.each(phrasings)('reads %j', (text, id) => {
    expect(topId(text)).toBe(id)
  })

  it('ranks best first and scores within (0, 1]', () => {
    const hits = lookUpDecline('your card')
    expect(hits.length).toBeGreaterThan(1)
    for (const [i, hit] of hits.entries()) {
      expect(hit.score).toBeGreaterThan(0)
      expect(hit.score).toBeLessThanOrEqual(1)
      if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]!.score)
    }
  })

  it.each([
    'Payment succeeded',
    'Thanks for your order',
    'Welcome to ChatGPT',
    'Your subscription is active',
    'The quick brown fox jumps over the lazy dog',
    '付款成功',
    '感谢您的订购',
    '欢迎使用 ChatGPT',
    'asdkjhqwe zxcvb',
    'the',
    '',
    '   ',
  ])('matches nothing for %j', (text) => {
    expect(lookUpDecline(text)).toEqual([])
  })
})

describe('normalizeMessage', () => {
  it('drops prefixes, links, width, case and punctuation', () => {
    expect(normalizeMessage('Error: ＹＯＵＲ card — was declined!! https://x.example/a?b=1')).toBe(
      'your card was declined',
    )
    expect(normalizeMessage('错误：您的卡 被拒绝了。')).toBe('您的卡被拒绝了')
    expect(normalizeMessage('card 4242 4242 4242 4242 / 4000-0000-0000-0002 in 24 hours')).toBe(
      'card in 24 hours',
    )
  })
})

describe('a card that does not support the purchase', () => {
  it('names the merchant category (MCC) and the card service’s support, in both languages', () => {
    const zh = explainDecline('Your card does not support this type of purchase.', 'zh').matches[0]
    const en = explainDecline('您的卡不支持此类购买', 'en').matches[0]
    expect(zh?.doNow.join(' ')).toMatch(/商户类别（MCC）/)
    expect(zh?.doNow.join(' ')).toMatch(/卡服务商的虚拟卡：问它的客服/)
    expect(en?.doNow.join(' ')).toMatch(/merchant category \(MCC\)/)
    expect(en?.doNow.join(' ')).toMatch(/ask its support/)
  })
})
