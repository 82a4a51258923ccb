// What Cloudflare's edge answers a trace request with, besides the body.

/** The shape and size of a Cloudflare trace answer's headers (HTTP/1.1; date and ray vary). */
export const edgeHeaders = (): Record<string, string> => ({
  date: new Date().toUTCString(),
  'content-type': 'text/plain',
  'access-control-allow-origin': '*',
  'cache-control': 'no-cache',
  expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains; preload',
  server: 'cloudflare',
  'cf-ray': `${Math.floor(Math.random() * 2 ** 52)
    .toString(16)
    .padStart(16, '0')}-LAX`,
  'alt-svc': 'h3=":443"; ma=86400',
})
