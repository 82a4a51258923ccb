import type { ChecklistStep } from '../verdict/finding'
import type { Bilingual } from '../verdict/types'

/** One step of the troubleshooting flow, in the app's own words. */
export interface StepText {
  readonly id: ChecklistStep
  readonly title: Bilingual
  readonly points: readonly Bilingual[]
}

/** The flow in the order to follow after "Your card was declined" (the guide's §2, §3, §9). */
export const checklist: readonly StepText[] = [
  {
    id: 'card-profile',
    title: { zh: '填写卡片资料', en: 'Fill in the card profile' },
    points: [
      {
        zh: 'BIN（前 6–8 位）、发卡国家、卡类型和发卡机构登记的账单地址',
        en: 'BIN (first 6–8 digits), issuing country, card type and the billing address the issuer has on file',
      },
    ],
  },
  {
    id: 'network-exit',
    title: { zh: '确认能看到网络出口', en: 'Make sure the network exit can be seen' },
    points: [
      {
        zh: '检查需要成功且是最新的；检查失败时先确认网络和代理是否正常',
        en: 'The check must succeed and be current; if it fails, check your network and proxy first',
      },
    ],
  },
  {
    id: 'card-types',
    title: { zh: '2. 用对卡：信用卡或借记卡', en: '2. Use the right card: credit or debit' },
    points: [
      { zh: 'OpenAI 不接受预付卡和礼品卡', en: 'OpenAI does not accept prepaid or gift cards' },
    ],
  },
  {
    id: 'card-status',
    title: { zh: '3.1 检查卡片状态', en: '3.1 Check the card' },
    points: [
      {
        zh: '卡片有效，已开通美元支付和境外在线支付',
        en: 'The card is valid and enabled for USD and international online payments',
      },
      {
        zh: '至少留有 $5 余量：绑卡时会有约 $5 的预授权，约 7 天内退回',
        en: 'At least $5 of headroom: adding a card places a ~$5 hold, reversed within about 7 days',
      },
      {
        zh: '订阅需要允许自动扣费（虚拟卡要确认商户类别支持）',
        en: 'Subscriptions need recurring charges allowed (for a virtual card, check the merchant category)',
      },
    ],
  },
  {
    id: 'billing-address',
    title: { zh: '3.2 核对账单地址', en: '3.2 Check the billing address' },
    points: [
      {
        zh: '填发卡机构登记的地址（虚拟卡以服务商 App 显示的为准），不要自己编',
        en: 'Enter the address the issuer has on file (for a virtual card: the one its provider shows), never a made-up one',
      },
      {
        zh: '邮编必须与州匹配；不要用中文字符、全角字符或多余空格',
        en: 'The ZIP must match the state; no Chinese or full-width characters, no stray spaces',
      },
    ],
  },
  {
    id: 'vpn-region',
    title: { zh: '3.3 调整 VPN 与地区', en: '3.3 Adjust VPN and region' },
    points: [
      {
        zh: '出口国家与账单国家、发卡国家一致，IPv4 和 IPv6 都是',
        en: 'The exit country matches the billing and issuing countries, for IPv4 and IPv6 alike',
      },
      {
        zh: '代理规则让 OpenAI 和 Stripe 走同一个节点；付款期间不要换节点',
        en: 'Proxy rules send OpenAI and Stripe through one exit; do not switch exits while paying',
      },
      {
        zh: '从不受支持的地区访问可能导致账号被封',
        en: 'Access from outside supported regions can get an account blocked',
      },
    ],
  },
  {
    id: 'clear-cache',
    title: { zh: '3.4 清除缓存后重试', en: '3.4 Clear cache and retry' },
    points: [
      {
        zh: '退出账户，清除浏览器缓存和 Cookies，重新登录后再添加付款方式',
        en: 'Sign out, clear the browser cache and cookies, sign in again and add the payment method',
      },
    ],
  },
  {
    id: 'wait-risk',
    title: {
      zh: '3.5 多次被拒后等待风控恢复',
      en: '3.5 After repeated declines, let the risk checks cool down',
    },
    points: [
      {
        zh: '停止重试 24 小时，期间不要换 IP 或换卡；不要短时间内绑多张卡',
        en: 'Stop retrying for 24 hours without changing IP or card; do not add several cards in a short time',
      },
    ],
  },
  {
    id: 'pre-check',
    title: { zh: '9. 付款前三步自检', en: '9. Three checks before paying' },
    points: [
      {
        zh: '出口地区 = 账单国家；账单地址与卡信息完全一致；余额充足并支持美元',
        en: 'Exit region = billing country; billing address exactly as on the card; enough balance, USD enabled',
      },
    ],
  },
]
