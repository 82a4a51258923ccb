import { parseCliArgs } from '../../../src/cli/args'

describe('parseCliArgs', () => {
  it('has sensible defaults', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        json: false,
        sourcesFile: null,
        profileFile: null,
        observationFile: null,
        contextFile: null,
        asOfObservation: false,
        merchants: null,
        crossCheck: true,
        timeoutMs: 8000,
        lang: null,
        explain: null,
      },
    })
  })

  it('reads --merchant repeated or as a comma list, without repeats', () => {
    const parsed = parseCliArgs(['--merchant', 'Anthropic, openai', '--merchant', 'anthropic'])
    expect(parsed.ok && parsed.options.merchants).toEqual(['anthropic', 'openai'])
    expect(parseCliArgs(['--merchant', ','])).toMatchObject({ ok: false, help: false })
  })

  it('reads every option', () => {
    const parsed = parseCliArgs([
      '--json',
      '--sources',
      's.json',
      '--profile',
      'p.json',
      '--context',
      'c.json',
      '--no-cross-check',
      '--timeout',
      '500',
      '--lang',
      'en',
    ])
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        json: true,
        sourcesFile: 's.json',
        profileFile: 'p.json',
        contextFile: 'c.json',
        crossCheck: false,
        timeoutMs: 500,
        lang: 'en',
      },
    })
  })

  it.each([
    [['--bogus']],
    [['--timeout', 'soon']],
    [['--timeout', '5']],
    [['--lang', 'fr']],
    [['positional']],
    [['--observation', 'o.json', '--sources', 's.json']],
    [['--explain', 'declined', '--profile', 'p.json']],
    [['--as-of-observation']],
  ])('reports a usage error for %j', (argv) => {
    expect(parseCliArgs(argv)).toMatchObject({ ok: false, help: false })
  })

  it('reads the text to explain', () => {
    expect(parseCliArgs(['--explain', 'Your card was declined.', '--json'])).toMatchObject({
      ok: true,
      options: { explain: 'Your card was declined.', json: true },
    })
  })

  it('evaluates a saved observation as of its own time only when asked', () => {
    expect(parseCliArgs(['--observation', 'o.json', '--as-of-observation'])).toMatchObject({
      ok: true,
      options: { observationFile: 'o.json', asOfObservation: true },
    })
  })

  it('asks for help', () => {
    expect(parseCliArgs(['-h'])).toMatchObject({ ok: false, help: true })
  })
})
