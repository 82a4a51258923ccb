// The web-platform APIs the core may use: the small set Node, Electron's processes and browsers all
// provide. Only the core's own project (tsconfig.shared.json) reads this file; the others get the
// real declarations from the DOM or Node libraries. Anything not listed here (process, Buffer,
// window, document, ...) fails to compile in src/shared.

declare function setTimeout(callback: () => void, ms?: number): unknown
declare function clearTimeout(handle: unknown): void

declare const console: {
  log(...data: unknown[]): void
  warn(...data: unknown[]): void
  error(...data: unknown[]): void
}

declare class URL {
  constructor(url: string, base?: string)
  static canParse(url: string, base?: string): boolean
  readonly href: string
  readonly protocol: string
  readonly host: string
  readonly hostname: string
  readonly port: string
  readonly pathname: string
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean })
  decode(input?: Uint8Array): string
}

declare class TextEncoder {
  encode(input?: string): Uint8Array
}

interface AbortSignal {
  readonly aborted: boolean
}
declare class AbortController {
  readonly signal: AbortSignal
  abort(reason?: unknown): void
}

interface ReadableStreamDefaultReader<T> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>
  cancel(reason?: unknown): Promise<void>
}
interface ReadableStream<T> {
  getReader(): ReadableStreamDefaultReader<T>
  cancel(reason?: unknown): Promise<void>
}
interface Headers {
  get(name: string): string | null
}
interface Response {
  readonly ok: boolean
  readonly status: number
  readonly type: 'basic' | 'cors' | 'default' | 'error' | 'opaque' | 'opaqueredirect'
  readonly headers: Headers
  readonly body: ReadableStream<Uint8Array> | null
  text(): Promise<string>
}
interface RequestInit {
  method?: string
  headers?: Record<string, string>
  signal?: AbortSignal
  redirect?: 'follow' | 'error' | 'manual'
  cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached'
}
