import type { FetchFn } from '../../src/shared/net/fetch-text'

/** An in-memory fetch: answers by URL from a table (a body string, or a status and body). */
export function tableFetch(
  table: Record<string, string | { status: number; body: string } | Error>,
): FetchFn & { calls: string[] } {
  const calls: string[] = []
  const fn = (async (url: string) => {
    calls.push(url)
    const entry = table[url]
    if (entry === undefined) return new Response('not found', { status: 404 })
    if (entry instanceof Error) throw entry
    if (typeof entry === 'string') return new Response(entry)
    return new Response(entry.body, { status: entry.status })
  }) as FetchFn & { calls: string[] }
  fn.calls = calls
  return fn
}
