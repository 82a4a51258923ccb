import { merchants } from '../shared/merchant/merchants'

/** Hosts PayLight's help texts link to; anything else stays inside the app. */
export const externalHostAllowList: readonly string[] = [
  'chatgpt.com',
  'platform.openai.com',
  'help.openai.com',
  'openai.com',
  'stripe.com',
  'docs.stripe.com',
]

/**
 * Single pages allowed on hosts that are not allow-listed: the merchants' own edge traces, which
 * the "check in your browser" button opens so the user sees the exit their browser takes. Only the
 * exact page (no query, no fragment), so the rest of those hosts stays closed.
 */
export const externalPageAllowList: readonly string[] = [
  ...new Set(merchants.flatMap((m) => m.traceUrls.map((t) => t.url))),
]

/** Parses and checks a URL before the OS opens it: https only, allow-listed hosts or pages only, no credentials. */
export function isAllowedExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > 500 || !URL.canParse(candidate))
    return false
  const url = new URL(candidate)
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  if (externalHostAllowList.includes(url.hostname)) return true
  return !url.search && !url.hash && externalPageAllowList.includes(`${url.origin}${url.pathname}`)
}

/** The single way the app opens links in the user's browser (wraps Electron's shell.openExternal). */
export function createLinkOpener(open: (url: string) => Promise<void>) {
  return async (candidate: unknown): Promise<{ ok: boolean }> => {
    if (!isAllowedExternalUrl(candidate)) return { ok: false }
    await open(new URL(candidate).toString())
    return { ok: true }
  }
}
