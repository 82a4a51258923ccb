import { contentSecurityPolicy } from '../../../src/shared/csp'

describe('contentSecurityPolicy', () => {
  it('is strict in the built app: no inline code, no network', () => {
    const csp = contentSecurityPolicy('build')
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    )
    expect(csp).not.toContain('unsafe')
  })

  it('lets the dev server inject styles and open its HMR socket, only in dev', () => {
    const csp = contentSecurityPolicy('dev', 'http://localhost:5173')
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("connect-src 'self' ws://localhost:5173")
    expect(csp).toContain("object-src 'none'")
  })
})
