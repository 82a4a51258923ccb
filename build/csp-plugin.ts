import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from '../src/shared/contract/csp'

const placeholder = '<!-- CSP -->'

function meta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
}

/** `sha256-…` of a script's text: the CSP hash source and the SRI value at once. */
export function scriptHash(code: string): string {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`
}

/**
 * The import map that gives every chunk its integrity, so a chunk loaded by `import` (a lazy page,
 * or a chunk the entry imports) is checked against its hash like the entry script is.
 */
export function integrityImportMap(files: Readonly<Record<string, string>>): string {
  return JSON.stringify({ integrity: files })
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Writes the renderer's CSP into index.html. In the build the bundle stays files (so V8 can keep
 * their compiled code between launches): the entry script tag gets its `integrity`, an import map
 * gives every other chunk its own, and the policy lists exactly those hashes, so it needs no
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
    // After writing, from the files on disk: the hashes must be of the exact bytes served, and
    // other plugins may still change a chunk's code during generateBundle.
    writeBundle(options, bundle) {
      const outDir = options.dir ?? ''
      const page = Object.values(bundle).find(
        (item) => item.type === 'asset' && item.fileName.endsWith('index.html'),
      )
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      const entries = chunks.filter((chunk) => chunk.isEntry)
      const entry = entries[0]
      if (!page || !entry) return
      if (entries.length !== 1) this.error('the renderer must have exactly one entry chunk')
      const pageFile = path.join(outDir, page.fileName)
      let html = readFileSync(pageFile, 'utf8')
      const tag = new RegExp(
        `<script type="module"([^>]*)src="([^"]*${escapeRegExp(entry.fileName)})"([^>]*)></script>`,
      )
      const found = tag.exec(html)
      const entryUrl = found?.[2]
      if (!found || !entryUrl) return this.error('entry script tag not found in index.html')
      // Chunk URLs as the page resolves them: next to the entry's, relative to the page.
      const base = entryUrl.slice(0, entryUrl.length - entry.fileName.length)
      const integrity = Object.fromEntries(
        chunks.map((chunk) => [
          `${base}${chunk.fileName}`,
          scriptHash(readFileSync(path.join(outDir, chunk.fileName), 'utf8')),
        ]),
      )
      const importMap = integrityImportMap(integrity)
      html = html.replace(
        tag,
        () =>
          `<script type="importmap">${importMap}</script>\n    <script type="module"${found[1]}src="${entryUrl}" integrity="${integrity[entryUrl]}"${found[3]}></script>`,
      )
      // A preloaded chunk is checked against its hash too (the policy lists no 'self').
      html = html.replace(
        /<link rel="modulepreload"([^>]*)href="([^"]*)"([^>]*)>/g,
        (_link: string, before: string, href: string, after: string) => {
          const hash = integrity[href]
          if (!hash) this.error(`modulepreload of an unknown chunk: ${href}`)
          return `<link rel="modulepreload"${before}href="${href}" integrity="${hash}"${after}>`
        },
      )
      const hashes = [scriptHash(importMap), ...new Set(Object.values(integrity))]
      html = html.replace(placeholder, () =>
        meta(contentSecurityPolicy('build', { scriptHashes: hashes })),
      )
      writeFileSync(pageFile, html)
    },
  }
}
