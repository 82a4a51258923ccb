import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from '../src/shared/csp'

const placeholder = '<!-- CSP -->'

function meta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
}

/**
 * Writes the renderer's CSP into index.html. In the build it also inlines the single entry chunk
 * as a module script and allows exactly that script by its SHA-256, so the policy needs no
 * `script-src 'self'`. Under the dev server it writes the dev variant.
 */
export function cspPlugin(): Plugin {
  let devOrigin = ''
  return {
    name: 'paylight-csp',
    enforce: 'post',
    configResolved(config) {
      devOrigin = `http://localhost:${config.server.port ?? 5173}`
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server)
          return html.replace(
            placeholder,
            meta(contentSecurityPolicy('dev', { devServerOrigin: devOrigin })),
          )
        return html
      },
    },
    generateBundle(_options, bundle) {
      const page = Object.values(bundle).find(
        (item) => item.type === 'asset' && item.fileName.endsWith('index.html'),
      )
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      const entry = chunks.find((item) => item.type === 'chunk' && item.isEntry)
      if (!page || page.type !== 'asset' || !entry || entry.type !== 'chunk') return
      if (chunks.length !== 1)
        this.error('the renderer must build to a single chunk to be inlined under the CSP')
      const code = entry.code.replace(/<\/script/gi, '<\\/script')
      const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`
      const tag = new RegExp(
        `<script type="module"[^>]*src="[^"]*${entry.fileName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[^>]*></script>`,
      )
      let html = String(page.source)
      if (!tag.test(html)) this.error('entry script tag not found in index.html')
      html = html
        .replace(tag, () => '')
        .replace('</body>', () => `<script type="module">${code}</script>\n  </body>`)
      page.source = html.replace(placeholder, () =>
        meta(contentSecurityPolicy('build', { scriptHash: hash })),
      )
      Reflect.deleteProperty(bundle, entry.fileName)
    },
  }
}
