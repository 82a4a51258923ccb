import type { DeclineEntryId } from './entries'

/** How a message reaches the user: the processor's English and the Chinese a browser or app shows. */
export interface Phrasings {
  readonly en: readonly string[]
  readonly zh: readonly string[]
}

/** Match data, not UI text: what users paste (Stripe's wording, Chrome/Edge translation, zh-CN UI). */
export const declinePhrasings: Readonly<Record<DeclineEntryId, Phrasings>> = {
  'card-declined': {
    en: [
      'Your card was declined.',
      'Your card has been declined.',
      'card declined',
      'Payment failed',
      'Your payment was declined',
      'Please call your card issuer',
      'card_declined',
    ],
    zh: [
      '您的卡被拒绝了。',
      '你的卡被拒绝了',
      '你的银行卡被拒绝',
      '您的银行卡已被拒绝',
      '您的卡已被拒绝',
      '银行卡被拒',
      '付款失败',
      '支付失败',
      '交易被拒绝',
      '请联系发卡行',
      '卡片被拒绝',
      '您的卡片被拒绝',
      '您的付款方式被拒绝',
    ],
  },
  'card-not-supported': {
    en: [
      'Your card does not support this type of purchase.',
      'card does not support this type of purchase',
      'This card is not supported',
    ],
    zh: [
      '您的卡不支持此类购买',
      '你的卡不支持这种类型的购买',
      '您的卡不支持此类型的购买',
      '该卡不支持此类交易',
    ],
  },
  'insufficient-funds': {
    en: ['Your card has insufficient funds.', 'insufficient funds', 'not enough funds on the card'],
    zh: ['您的卡资金不足', '卡资金不足', '您的卡余额不足', '余额不足', '资金不足'],
  },
  'incorrect-cvc': {
    en: [
      "Your card's security code is incorrect.",
      "Your card's security code is invalid.",
      'security code is incorrect',
      'incorrect CVC',
    ],
    zh: ['您的卡的安全码不正确', '您的卡安全码不正确', '安全码不正确', '安全码无效', '安全码错误'],
  },
  'incorrect-zip': {
    en: [
      'Your postal code is incorrect.',
      'The zip code you supplied failed validation.',
      'zip code failed validation',
      'postal code is incorrect',
      'incorrect zip',
    ],
    zh: [
      '您的邮政编码不正确',
      '你的邮政编码不正确',
      '您提供的邮政编码验证失败',
      '邮政编码验证失败',
      '邮编不正确',
      '邮编错误',
      '邮编验证失败',
    ],
  },
  'incorrect-number': {
    en: [
      'Your card number is incorrect.',
      'Your card number is invalid.',
      'card number is incorrect',
      'invalid card number',
    ],
    zh: ['您的卡号不正确', '你的卡号不正确', '卡号不正确', '您的卡号无效', '卡号无效', '卡号错误'],
  },
  'expired-card': {
    en: [
      'Your card has expired.',
      "Your card's expiration month is invalid.",
      "Your card's expiration year is invalid.",
      'card expired',
      'expiration date is invalid',
    ],
    zh: [
      '您的卡已过期',
      '你的卡已过期',
      '卡已过期',
      '您的卡的到期月份无效',
      '您的卡的到期年份无效',
      '有效期无效',
      '有效期不正确',
    ],
  },
  'currency-not-supported': {
    en: [
      'Your card does not support this currency.',
      'card does not support this currency',
      'currency not supported',
    ],
    zh: [
      '您的卡不支持此货币',
      '你的卡不支持这种货币',
      '卡不支持此币种',
      '不支持该币种',
      '不支持此货币',
    ],
  },
  'velocity-exceeded': {
    en: [
      'You have exceeded the maximum number of declines on this card in the last 24 hour period.',
      'exceeded the maximum number of declines',
      'too many declines',
      'too many attempts',
    ],
    zh: [
      '您在过去 24 小时内已超过此卡的最大拒绝次数',
      '您已超过此卡在过去 24 小时内的最大拒绝次数',
      '超过最大拒绝次数',
      '拒绝次数过多',
      '尝试次数过多',
    ],
  },
  'processing-error': {
    en: [
      'An error occurred while processing your card. Try again in a little bit.',
      'An error occurred while processing your card',
      'try again in a little bit',
      'issuer not available',
    ],
    zh: [
      '处理您的卡时出错。请稍后再试。',
      '处理您的卡时发生错误',
      '处理你的卡时出错',
      '处理卡时出错',
      '请稍后再试',
      '请稍后重试',
    ],
  },
  'authentication-failed': {
    en: [
      'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
      'unable to authenticate your payment method',
      '3D Secure authentication failed',
      'authentication required',
    ],
    zh: [
      '我们无法验证您的付款方式。请选择其他付款方式并重试。',
      '我们无法验证您的付款方式',
      '无法验证你的付款方式',
      '无法验证付款方式',
      '身份验证失败',
      '需要身份验证',
    ],
  },
  'hard-decline': {
    en: [
      'Your card was reported lost',
      'Your card was reported stolen',
      'lost card',
      'stolen card',
      'pickup card',
      'stolen',
      'restricted',
      'pickup',
      'restricted card',
    ],
    zh: [
      '您的卡已挂失',
      '卡已挂失',
      '卡片已被盗',
      '卡片被盗',
      '受限卡',
      '卡片受限',
      '该卡已被限制使用',
    ],
  },
  'region-unavailable': {
    en: [
      "OpenAI's services are not available in your country.",
      'not available in your country',
      'services are not available in your country',
      'unsupported country',
    ],
    zh: [
      'OpenAI 的服务在您所在的国家/地区不可用',
      'OpenAI 的服务在你的国家不可用',
      '服务在您所在的国家不可用',
      '在您所在的国家不可用',
      '不支持您所在的国家或地区',
    ],
  },
  'region-unsupported-api': {
    en: [
      'Country, region, or territory not supported',
      'unsupported_country_region_territory',
      'country region or territory not supported',
      '403 Country, region, or territory not supported',
    ],
    zh: [
      '国家、地区或领土不受支持',
      '不支持的国家、地区或领土',
      '不支持该国家、地区或领土',
      '国家或地区不受支持',
    ],
  },
  'duplicate-transaction': {
    en: [
      'A transaction with identical amount and credit card information was submitted very recently.',
      'duplicate transaction',
      'identical amount and credit card information',
    ],
    zh: ['重复交易', '最近刚提交过金额和卡片信息完全相同的交易', '请勿重复提交'],
  },
  'pin-required': {
    en: [
      'Your card’s PIN is incorrect.',
      'The PIN entered is incorrect.',
      'PIN required',
      'Allowable number of PIN tries exceeded',
      'incorrect PIN',
    ],
    zh: ['PIN 码不正确', '密码错误次数过多', '需要输入 PIN', '需要密码'],
  },
  'amount-not-allowed': {
    en: [
      'The payment amount is invalid, or exceeds the amount that is allowed.',
      'invalid amount',
      'exceeds the amount that is allowed',
    ],
    zh: ['付款金额无效或超出允许的金额', '金额无效', '超出限额'],
  },
  'payment-stopped': {
    en: [
      'stop payment order',
      'The customer has asked the issuer to stop all payments to this merchant',
      'revocation of authorization',
    ],
    zh: ['止付', '已申请停止向该商户付款', '撤销授权'],
  },
  'merchant-blocked': {
    en: [
      'The payment was declined because it matches a value on the block list.',
      'merchant blacklist',
      'block list',
    ],
    zh: ['命中拦截名单', '被商户拉黑', '在黑名单中'],
  },
  'test-card': {
    en: [
      'Your request was in live mode, but used a known test card.',
      'used a known test card',
      'test card',
    ],
    zh: ['使用了已知的测试卡', '测试卡号', '您的请求处于正式模式，但使用了测试卡'],
  },
}
