import { contentSecurityPolicy } from '../../../src/shared/csp'

describe('contentSecurityPolicy', () => {
  it('is strict in the built app: only the hashed bundle runs, no network', () => {
    const csp = contentSecurityPolicy('build', { scriptHash: 'sha256-abc=' })
    expect(csp).toBe(
      "default-src 'none'; script-src 'sha256-abc='; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    )
    expect(csp).not.toContain('unsafe')
  })

  it('runs no script at all when no hash is given', () => {
    expect(contentSecurityPolicy('build')).toContain("script-src 'none'")
  })

  it('lets the dev server inject styles and open its HMR socket, only in dev', () => {
    const csp = contentSecurityPolicy('dev', { devServerOrigin: 'http://localhost:5173' })
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("connect-src 'self' ws://localhost:5173")
    expect(csp).toContain("object-src 'none'")
  })
})
