import { lazy, type ComponentType } from 'react'

/** A page loaded on first use, with a `preload` to fetch its chunk before anyone asks. */
export type LazyPage = ReturnType<typeof lazy<ComponentType>> & { readonly preload: () => void }

/**
 * A page not on the first screen, as its own chunk: `lazyPage(() => import('./pages/X'), 'X')`.
 * Pages keep their named exports; the chunk is fetched once, on first render or on `preload`.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Readonly<Record<K, ComponentType>>>,
  name: K,
): LazyPage {
  let loading: Promise<{ default: ComponentType }> | null = null
  const start = () => (loading ??= load().then((module) => ({ default: module[name] })))
  return Object.assign(lazy(start), { preload: () => void start().catch(() => undefined) })
}

/**
 * Fetches the pages' chunks once the first screen is up and the window is idle, so switching tabs
 * does not wait for them.
 */
export function preloadWhenIdle(pages: readonly LazyPage[]): () => void {
  const run = () => pages.forEach((page) => page.preload())
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 200)
  return () => clearTimeout(handle)
}
