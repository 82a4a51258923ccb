import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  assetHeaders,
  createAppRequestHandler,
  resolveAppAsset,
} from '../../../../src/main/shell/app-protocol'

// The renderer root sits inside a temp folder that also holds a secret next to it: what an escape
// from the root would reach. The whole folder is removed after the tests.
const base = mkdtempSync(path.join(tmpdir(), 'paylight-renderer-'))
const root = path.join(base, 'renderer')
mkdirSync(path.join(root, 'assets'), { recursive: true })
writeFileSync(path.join(root, 'index.html'), '<html></html>')
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(path.join(base, 'secret.txt'), 'secret')
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('resolveAppAsset', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppAsset(root, 'app://paylight/')).toBe(path.join(root, 'index.html'))
  })

  it('maps assets inside the root', () => {
    expect(resolveAppAsset(root, 'app://paylight/assets/app.js')).toBe(
      path.join(root, 'assets', 'app.js'),
    )
  })

  it.each(['app://paylight/../secret.txt', 'app://paylight/%2e%2e/secret.txt'])(
    'keeps %s inside the root (the URL parser folds the dots away)',
    (url) => {
      expect(resolveAppAsset(root, url)).toBe(path.join(root, 'secret.txt'))
    },
  )

  it.each([
    'app://paylight/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://paylight/..%2f..%2fsecret.txt',
    'app://paylight/%00index.html',
    'app://other/index.html',
    'app://paylight/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull()
  })
})

describe('createAppRequestHandler', () => {
  const handler = createAppRequestHandler(root)

  it('answers with the file and its exact type, no sniffing', async () => {
    const response = await handler({ url: 'app://paylight/index.html' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<html></html>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 404 for missing and refused files', async () => {
    expect((await handler({ url: 'app://paylight/missing.js' })).status).toBe(404)
    expect((await handler({ url: 'app://paylight/../secret.txt' })).status).toBe(404)
  })

  it('lets hashed bundle files be cached for good, and the page never without a check', () => {
    expect(assetHeaders(path.join(root, 'assets', 'index-BF_aXsUD.js'))['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect(assetHeaders(path.join(root, 'assets', 'app.js'))['cache-control']).toBe('no-cache')
    expect(assetHeaders(path.join(root, 'index.html'))['cache-control']).toBe('no-cache')
    expect(assetHeaders(path.join(root, 'x', 'index-BF_aXsUD.js'))['cache-control']).toBe(
      'no-cache',
    )
  })

  it('never sends unknown files as something executable', () => {
    expect(assetHeaders('/x/file.bin')['content-type']).toBe('application/octet-stream')
  })
})
