import { createBinLookup } from '../../../src/node/bin-lookup'
import type { FetchFn } from '../../../src/shared/net/fetch-text'
import { fixture } from '../../support/provider-bodies'

function recordingFetch(answer: () => Response) {
  const calls: { url: string; headers: Record<string, string> }[] = []
  const fetch: FetchFn = async (url, init) => {
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> })
    return answer()
  }
  return { fetch, calls }
}

describe('createBinLookup', () => {
  it('asks binlist with Accept-Version 3 once per BIN, then answers from the cache', async () => {
    const { fetch, calls } = recordingFetch(() => new Response(fixture('binlist.json')))
    const lookup = createBinLookup({ fetch, now: () => 0 })
    await expect(lookup('45717360')).resolves.toMatchObject({
      ok: true,
      cached: false,
      facts: { issuingCountry: 'US', funding: 'debit' },
    })
    await expect(lookup('45717360')).resolves.toMatchObject({ ok: true, cached: true })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      url: 'https://lookup.binlist.net/45717360',
      headers: { 'accept-version': '3' },
    })
  })

  it('sends at most five requests an hour and says when to retry', async () => {
    let now = 0
    const { fetch, calls } = recordingFetch(() => new Response(fixture('binlist.json')))
    const lookup = createBinLookup({ fetch, now: () => now })
    for (let i = 0; i < 5; i++) await lookup(`4111110${i}`)
    const sixth = await lookup('41111109')
    expect(sixth).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAt: new Date(60 * 60_000).toISOString(),
    })
    expect(calls).toHaveLength(5)
    now = 60 * 60_000 + 1
    await expect(lookup('41111109')).resolves.toMatchObject({ ok: true })
  })

  it('pauses for an hour after a 429', async () => {
    let now = 0
    const { fetch, calls } = recordingFetch(() => new Response('', { status: 429 }))
    const lookup = createBinLookup({ fetch, now: () => now })
    await expect(lookup('41111111')).resolves.toMatchObject({ ok: false, reason: 'rate-limited' })
    now = 30 * 60_000
    await expect(lookup('42222222')).resolves.toMatchObject({ ok: false, reason: 'rate-limited' })
    expect(calls).toHaveLength(1)
  })

  it('explains an unknown BIN and refuses anything but 6–8 digits without a request', async () => {
    const { fetch, calls } = recordingFetch(() => new Response('', { status: 404 }))
    const lookup = createBinLookup({ fetch, now: () => 0 })
    await expect(lookup('99999999')).resolves.toMatchObject({
      ok: false,
      reason: 'failed',
      detail: 'BIN not found',
    })
    await expect(lookup('4111111111111111')).resolves.toMatchObject({
      ok: false,
      reason: 'invalid-bin',
    })
    expect(calls).toHaveLength(1)
  })
})
