// Electron's net.fetch and browsers honour `RequestInit.cache`; Node's fetch types (undici) leave it
// out. The core asks for `cache: 'no-store'` so that no exit is ever read from a cache.
export {}

declare global {
  interface RequestInit {
    cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached'
  }
}
