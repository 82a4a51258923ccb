import {
  applySmokeOverrides,
  exposeSmokeProbe,
  readSmokeOverrides,
  SMOKE_PROBE_GLOBAL,
  SMOKE_SOURCES_ENV,
  SMOKE_USER_DATA_ENV,
} from '../../../../src/main/desktop/smoke-test-overrides'

const sources = (url: string) =>
  JSON.stringify({
    sources: [
      { name: 'chatgpt', url, kind: 'merchant', family: 'any', parser: 'cf-trace', probe: true },
    ],
  })

describe('the smoke-test overrides', () => {
  it('take a user data folder and loopback sources in an unpackaged build', () => {
    const env = {
      [SMOKE_USER_DATA_ENV]: '/tmp/paylight-smoke',
      [SMOKE_SOURCES_ENV]: sources('http://127.0.0.1:4123/cdn-cgi/trace'),
    }
    const setPath = vi.fn()
    const overrides = applySmokeOverrides({ isPackaged: false, setPath }, env)
    expect(setPath).toHaveBeenCalledWith('userData', '/tmp/paylight-smoke')
    expect(overrides.sources?.sources.map((s) => s.url)).toEqual([
      'http://127.0.0.1:4123/cdn-cgi/trace',
    ])
  })

  it('are never read by a packaged build', () => {
    const setPath = vi.fn()
    const env = { [SMOKE_USER_DATA_ENV]: '/tmp/x', [SMOKE_SOURCES_ENV]: 'not json' }
    expect(applySmokeOverrides({ isPackaged: true, setPath }, env)).toEqual({
      userData: null,
      sources: null,
    })
    expect(setPath).not.toHaveBeenCalled()
  })

  it('refuse a source off the loopback address, a relative folder and malformed sources', () => {
    expect(() =>
      readSmokeOverrides(
        { [SMOKE_SOURCES_ENV]: sources('https://chatgpt.com/cdn-cgi/trace') },
        false,
      ),
    ).toThrow(/not a loopback address/)
    expect(() =>
      readSmokeOverrides({ [SMOKE_SOURCES_ENV]: sources('http://127.0.0.1.example.com/x') }, false),
    ).toThrow(/loopback/)
    expect(() => readSmokeOverrides({ [SMOKE_USER_DATA_ENV]: 'rel/dir' }, false)).toThrow(
      /absolute/,
    )
    expect(() => readSmokeOverrides({ [SMOKE_SOURCES_ENV]: '{"sources":[{}]}' }, false)).toThrow()
    expect(readSmokeOverrides({}, false)).toEqual({ userData: null, sources: null })
  })

  it('expose the probe only while they are in force', () => {
    const target: Record<string, unknown> = {}
    const probe = { hasTray: () => true, state: () => null, openWindow: () => undefined }
    exposeSmokeProbe({ userData: null, sources: null }, probe, target)
    expect(target).toEqual({})
    exposeSmokeProbe({ userData: '/tmp/x', sources: null }, probe, target)
    expect(target[SMOKE_PROBE_GLOBAL]).toBe(probe)
  })
})
