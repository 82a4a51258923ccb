/**
 * The renderer's Content-Security-Policy. The built app's policy lists the SHA-256 of every script
 * it may run: the import map (inline) and each bundle file, which the page loads with a matching
 * `integrity` (CSP Level 3 hashes for external scripts; the import map carries the integrity of the
 * chunks loaded by import). So no host, not even 'self', and no other inline script may run. Only
 * `electron-vite dev` gets a looser variant, because Vite injects inline styles and the React
 * refresh preamble and opens an HMR WebSocket.
 */
export function contentSecurityPolicy(
  mode: 'build' | 'dev',
  source: { scriptHashes?: readonly string[]; devServerOrigin?: string } = {},
): string {
  const common = [
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
  if (mode === 'build') {
    const hashes = source.scriptHashes ?? []
    const script = hashes.length ? hashes.map((hash) => `'${hash}'`).join(' ') : "'none'"
    return [
      "default-src 'none'",
      `script-src ${script}`,
      "style-src 'self'",
      "connect-src 'self'",
      ...common,
    ].join('; ')
  }
  const ws = source.devServerOrigin ? source.devServerOrigin.replace(/^http/, 'ws') : ''
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${ws}`.trim(),
    ...common,
  ].join('; ')
}
