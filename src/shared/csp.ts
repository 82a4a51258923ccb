/**
 * The renderer's Content-Security-Policy. The built app gets the strict policy: the renderer needs no
 * network at all, since every look-up runs in main. Only `electron-vite dev` gets a looser variant,
 * because Vite injects inline styles and the React refresh preamble and opens an HMR WebSocket.
 */
export function contentSecurityPolicy(mode: 'build' | 'dev', devServerOrigin?: string): string {
  if (mode === 'build') {
    return [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ')
  }
  const ws = devServerOrigin ? devServerOrigin.replace(/^http/, 'ws') : ''
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${ws}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}
