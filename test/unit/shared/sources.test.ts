import { defaultSources, parseSourceList } from '../../../src/shared/net/sources'

describe('the default source list', () => {
  it('asks the merchant edges, generic traces per family and echoes per family', () => {
    const byName = Object.fromEntries(defaultSources.map((s) => [s.name, s]))
    expect(byName['chatgpt']).toMatchObject({
      url: 'https://chatgpt.com/cdn-cgi/trace',
      kind: 'merchant',
      probe: true,
    })
    expect(byName['openai-api']).toMatchObject({
      url: 'https://api.openai.com/cdn-cgi/trace',
      kind: 'merchant',
    })
    expect(byName['cf-v4']).toMatchObject({ url: 'https://1.1.1.1/cdn-cgi/trace', family: 'v4' })
    expect(byName['cf-v6']).toMatchObject({
      url: 'https://[2606:4700:4700::1111]/cdn-cgi/trace',
      family: 'v6',
    })
    expect(byName['ipify6']).toMatchObject({
      url: 'https://api6.ipify.org',
      family: 'v6',
      parser: 'plain-ip',
    })
  })

  it('is itself a valid source list', () => {
    expect(parseSourceList(defaultSources)).toMatchObject({ ok: true })
  })

  it('probes one small trace per route, so a steady-state tick sees every route move', () => {
    expect(defaultSources.filter((s) => s.probe).map((s) => [s.name, s.kind, s.family])).toEqual([
      ['chatgpt', 'merchant', 'any'],
      ['claude', 'merchant', 'any'],
      ['cf-v4', 'trace', 'v4'],
      ['cf-v6', 'trace', 'v6'],
    ])
  })
})

describe('parseSourceList', () => {
  it('fills in probe=false when a file leaves it out', () => {
    const result = parseSourceList([
      { name: 'a', url: 'http://127.0.0.1:1/a', kind: 'trace', family: 'any', parser: 'cf-trace' },
    ])
    expect(result).toEqual({ ok: true, sources: [expect.objectContaining({ probe: false })] })
  })

  it.each([
    [[], '(root)'],
    [[{ name: 'a', url: 'ftp://x/a', kind: 'trace', family: 'any', parser: 'cf-trace' }], '0.url'],
    [
      [{ name: 'a', url: 'http://x/a', kind: 'weird', family: 'any', parser: 'cf-trace' }],
      '0.kind',
    ],
    [
      [
        {
          name: 'a',
          url: 'http://x/a',
          kind: 'trace',
          family: 'any',
          parser: 'cf-trace',
          extra: 1,
        },
      ],
      '0',
    ],
    [
      [
        { name: 'a', url: 'http://x/a', kind: 'trace', family: 'any', parser: 'cf-trace' },
        { name: 'a', url: 'http://x/b', kind: 'trace', family: 'any', parser: 'cf-trace' },
      ],
      'unique',
    ],
    ['not a list', '(root)'],
  ])('explains what is wrong with %j', (input, mention) => {
    const result = parseSourceList(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join(' ')).toContain(mention)
  })
})
