import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** One axe finding, cut down to what a failure message needs to point at the element. */
export interface AxeProblem {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

/** Impacts that fail the accessibility test: the ones that block or badly hinder a user. */
const blocking = new Set(['serious', 'critical'])

/**
 * Runs axe-core in the page. Evaluated over the DevTools protocol, so the window's strict CSP
 * (no inline scripts) stays on while axe runs, exactly as users get it.
 */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const result = await run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
  })
  return violations.filter((v) => blocking.has(v.impact))
}

/** How far the page scrolls sideways (0 when everything fits the viewport's width). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollWidth - root.clientWidth
  })
}
