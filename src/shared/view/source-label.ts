import type { MessageKey } from '../i18n/translate'
import type { CountryWitness } from '../monitor/observation'

/**
 * User-facing names of the built-in sources (internal names like `cf-v4` mean nothing to a user).
 * A source outside this list (a hand-written `--sources` file, an online provider's site name)
 * keeps its own name, after the kind of witness it is.
 */
const known: Readonly<Record<string, MessageKey>> = {
  chatgpt: 'source.name.chatgpt',
  'openai-api': 'source.name.openai-api',
  cloudflare: 'source.name.cloudflare',
  'cf-v4': 'source.name.cf-v4',
  'cf-v6': 'source.name.cf-v6',
  ipify: 'source.name.ipify',
  ipify6: 'source.name.ipify6',
  'local-db': 'source.name.local-db',
  file: 'source.name.file',
}

type Translate = (key: MessageKey, params?: Readonly<Record<string, string>>) => string

/** "ChatGPT 边缘节点" for `chatgpt`: a source's name as the user reads it, in their language. */
export function sourceLabel(t: Translate, by: string, kind?: CountryWitness['kind']): string {
  const key = Object.hasOwn(known, by) ? known[by] : undefined
  if (key) return t(key)
  return kind ? `${t(`witness.${kind}`)} ${by}` : by
}
