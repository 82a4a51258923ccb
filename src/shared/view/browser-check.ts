import type { AppState } from '../contract/app-state'
import { merchantSpec } from '../merchant/merchants'
import { tracedMerchant } from '../verdict/merchant-route-rules'

/** What the user checks in their own browser: the merchant's trace page and what it should say. */
export interface BrowserCheck {
  /** The first watched merchant's own edge trace (`https://chatgpt.com/cdn-cgi/trace`). */
  readonly url: string
  /** The exit IPs PayLight saw on the routes that page can be reached by (merchant, IPv6). */
  readonly ips: readonly string[]
  /** The country code the page's `loc=` should show. */
  readonly country: string | null
}

/**
 * PayLight's checks follow the system proxy; a browser extension (SwitchyOmega) or another browser
 * may leave by another exit. The merchant's own trace page, opened in the browser the user pays
 * with, answers `ip=` and `loc=` as that browser goes out: they should be the ones here. Null when
 * there is no exit to compare with, or no watched merchant has a trace page.
 */
export function browserCheck(state: Pick<AppState, 'monitor' | 'settings'>): BrowserCheck | null {
  const exits = state.monitor.observation?.exits
  const merchant = tracedMerchant(state.settings.merchants)
  const url = merchantSpec(merchant)?.traceUrls[0]?.url
  const shown = exits?.merchant ?? exits?.ipv4 ?? null
  if (!url || !shown) return null
  const ips = [shown.ip, exits?.ipv6?.ip].filter((ip): ip is string => !!ip)
  return { url, ips: [...new Set(ips)], country: shown.country }
}
