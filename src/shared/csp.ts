/**
 * The renderer's Content-Security-Policy. The built app's policy names its one inline module script
 * by hash (the build inlines the bundle), so no host, not even 'self', may run script. Only
 * `electron-vite dev` gets a looser variant, because Vite injects inline styles and the React
 * refresh preamble and opens an HMR WebSocket.
 */
export function contentSecurityPolicy(
  mode: 'build' | 'dev',
  source: { scriptHash?: string; devServerOrigin?: string } = {},
): string {
  const common = [
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
  if (mode === 'build') {
    const script = source.scriptHash ? `'${source.scriptHash}'` : "'none'"
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
