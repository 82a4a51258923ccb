import { callMain } from '../store/app-store'

/**
 * The one way the window asks main to open a help page in the user's browser; main checks the
 * address against its allow-list. Resolves true when opened, false when refused, null on error.
 */
export async function openHelpLink(url: string): Promise<boolean | null> {
  const answer = await callMain(() => window.paylight.openLink(url))
  return answer === null ? null : answer.ok
}
