import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FIRST_STATE_MARK } from '../../src/renderer/src/first-state-mark'
import { browserSuite } from '../support/browser'
import { startE2eApp, type E2eApp } from '../support/e2e-harness'

const title = 'opening the window: the built renderer as files, under a CSP of script hashes'

const rendererDir = path.resolve('out/renderer')
const sha256 = (file: string) =>
  `sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}`

/** The built page's script-src sources. */
function scriptSources(): string[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8')
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? ''
  const directive = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? ''
  return directive.trim().split(/\s+/).slice(1)
}

// Records, before the page runs, whether #root's first content already showed main's state
// (the status page) rather than the empty window that waits for it.
const firstContentProbe = `(() => {
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root')
    if (!root || root.childElementCount === 0) return
    window.__firstContentHadState = root.querySelector('main.status') !== null
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
})()`

describe('the built renderer (no browser needed)', () => {
  it('lists every bundle file by hash and nothing else that could run script', () => {
    const sources = scriptSources()
    const bundle = readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.js'))
    expect(bundle.length).toBeGreaterThan(1)
    for (const file of bundle)
      expect(sources).toContain(`'${sha256(path.join(rendererDir, 'assets', file))}'`)
    expect(sources.every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true)
    // The bundle files plus the import map, which is the only inline script.
    expect(sources).toHaveLength(bundle.length + 1)
  })

  it('keeps zod out of the window: its schemas stay in main', () => {
    const code = readdirSync(path.join(rendererDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(rendererDir, 'assets', f), 'utf8'))
      .join('\n')
    expect(code).not.toMatch(/ZodError|\$ZodType/)
  })
})

browserSuite(title, () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp({ navigate: false })
    await app.page.addInitScript(firstContentProbe)
  })
  afterEach(() => app?.close())

  it('renders once, with main’s first state, and marks when it is painted', async () => {
    await app.open()
    await app.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FIRST_STATE_MARK,
    )
    expect(
      await app.page.evaluate(
        () => (window as unknown as { __firstContentHadState?: boolean }).__firstContentHadState,
      ),
    ).toBe(true)
    expect(app.cspErrors).toEqual([])
  })

  it('loads a page off the first screen as its own checked chunk, without a CSP violation', async () => {
    const chunks: string[] = []
    app.page.on('request', (request) => chunks.push(path.basename(new URL(request.url()).pathname)))
    await app.open()
    await app.page.getByRole('tab', { name: '排查清单' }).click()
    await app.page.getByRole('tabpanel').getByRole('list').first().waitFor()
    expect(chunks.some((name) => name.startsWith('ChecklistPage-'))).toBe(true)
    expect(app.cspErrors).toEqual([])
  })

  it('refuses a script of its own origin that the policy does not list', async () => {
    await app.open()
    await app.page.getByRole('tab', { name: '状态' }).waitFor()
    // A real bundle file in a classic script tag, which has no integrity (a module tag would take
    // the import map's, and rightly run): under 'self' it would load, under hashes it may not.
    const chunk = readdirSync(path.join(rendererDir, 'assets')).find((f) =>
      f.startsWith('SettingsPage-'),
    )
    const ran = await app.page.evaluate(async (src) => {
      const script = document.createElement('script')
      script.src = src
      const outcome = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded')
        script.onerror = () => resolve('refused')
      })
      document.body.appendChild(script)
      return outcome
    }, `./assets/${chunk}`)
    expect(ran).toBe('refused')
    expect(app.cspErrors.join('\n')).toMatch(/Content Security Policy/)
  })
})
