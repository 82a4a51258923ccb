import { contentSecurityPolicy } from '../../../src/shared/contract/csp'

describe('contentSecurityPolicy', () => {
  it('is strict in the built app: only the hashed scripts run, no host, no network', () => {
    const csp = contentSecurityPolicy('build', { scriptHashes: ['sha256-map=', 'sha256-entry='] })
    expect(csp).toBe(
      "default-src 'none'; script-src 'sha256-map=' 'sha256-entry='; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    )
    expect(csp).not.toContain('unsafe')
    expect(csp).not.toContain('strict-dynamic')
  })

  it.each([{}, { scriptHashes: [] }])('runs no script at all without hashes (%o)', (source) => {
    expect(contentSecurityPolicy('build', source)).toContain("script-src 'none'")
  })

  it('lets the dev server inject styles and open its HMR socket, only in dev', () => {
    const csp = contentSecurityPolicy('dev', { devServerOrigin: 'http://localhost:5173' })
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("connect-src 'self' ws://localhost:5173")
    expect(csp).toContain("object-src 'none'")
  })
})
