import type { Lang } from '../geo/country'
import { translate } from '../i18n/translate'
import type { MerchantId } from '../merchant/watched'
import type { ExitRoute } from '../monitor/observation'
import { merchantName, tracedMerchant } from '../verdict/merchant-route-rules'

/**
 * "商户线路（OpenAI 看到的）" / "IPv4 出口": a route's title naming the merchant whose edge is read,
 * so a user who watches only another merchant is not told about OpenAI.
 */
export function routeTitle(route: ExitRoute, merchants: readonly MerchantId[], lang: Lang): string {
  return route === 'merchant'
    ? translate(lang, 'route.merchant', { merchant: merchantName(tracedMerchant(merchants)) })
    : translate(lang, `route.${route}`)
}
