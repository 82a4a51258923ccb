import { parseArgs } from 'node:util'
import type { Lang } from '../shared/geo/country'
import type { Bilingual } from '../shared/i18n/translate'
import { usage } from './usage'
import { parseMerchantList, type MerchantId } from '../shared/merchant/watched'

/** What the user asked the CLI for. */
export interface CliOptions {
  readonly json: boolean
  readonly sourcesFile: string | null
  readonly profileFile: string | null
  readonly observationFile: string | null
  readonly contextFile: string | null
  /** Evaluate a saved observation as of its own `checkedAt` instead of the current time. */
  readonly asOfObservation: boolean
  readonly crossCheck: boolean
  readonly timeoutMs: number
  readonly lang: Lang | null
  /** The merchants to check for (`--merchant`); null: OpenAI, or what a saved context says. */
  readonly merchants: readonly MerchantId[] | null
  /** Text of a payment error to explain instead of running a check. */
  readonly explain: string | null
}

/** Exit codes the CLI promises (documented in docs/cli.md). */
export const exitCodes = { ok: 0, yellow: 1, red: 2, nothing: 3, wait: 4, usage: 64 } as const

/** Exit codes of `--explain`: whether the pasted error was recognised. */
export const explainExitCodes = { matched: 0, unknown: 1 } as const

/** Parses argv; a usage problem is returned as a message, never thrown. */
export function parseCliArgs(
  argv: readonly string[],
): { ok: true; options: CliOptions } | { ok: false; help: boolean; message: Bilingual } {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        json: { type: 'boolean', default: false },
        sources: { type: 'string' },
        profile: { type: 'string' },
        observation: { type: 'string' },
        context: { type: 'string' },
        'as-of-observation': { type: 'boolean', default: false },
        'no-cross-check': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        lang: { type: 'string' },
        explain: { type: 'string' },
        merchant: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, help: false, message: { en: detail, zh: `参数有误：${detail}` } }
  }
  if (values.help) return { ok: false, help: true, message: usage }
  const timeoutMs = values.timeout === undefined ? 8000 : Number(values.timeout)
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    return {
      ok: false,
      help: false,
      message: {
        en: '--timeout must be a whole number of milliseconds between 100 and 60000',
        zh: '--timeout 必须是 100 到 60000 之间的整数（毫秒）',
      },
    }
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    return {
      ok: false,
      help: false,
      message: { en: '--lang must be zh or en', zh: '--lang 只能是 zh 或 en' },
    }
  }
  const merchants = values.merchant === undefined ? null : parseMerchantList(values.merchant)
  if (merchants && !merchants.ok) {
    return {
      ok: false,
      help: false,
      message: {
        en: `--merchant must name openai or anthropic${merchants.unknown ? ` (not "${merchants.unknown}")` : ''}`,
        zh: `--merchant 只能是 openai 或 anthropic${merchants.unknown ? `（不是“${merchants.unknown}”）` : ''}`,
      },
    }
  }
  if (values.observation !== undefined && values.sources !== undefined) {
    return {
      ok: false,
      help: false,
      message: {
        en: '--observation evaluates a saved check; it cannot be combined with --sources',
        zh: '--observation 评估的是保存下来的检查，不能与 --sources 一起用',
      },
    }
  }
  if (values['as-of-observation'] && values.observation === undefined) {
    return {
      ok: false,
      help: false,
      message: {
        en: '--as-of-observation needs --observation: a live check is always evaluated now',
        zh: '--as-of-observation 需要配合 --observation：实时检查总是按现在评估',
      },
    }
  }
  if (
    values.explain !== undefined &&
    (values.sources ?? values.profile ?? values.observation ?? values.context) !== undefined
  ) {
    return {
      ok: false,
      help: false,
      message: {
        en: '--explain looks up an error message; it cannot be combined with a check',
        zh: '--explain 用来查错误信息，不能与检查一起用',
      },
    }
  }
  return {
    ok: true,
    options: {
      json: values.json ?? false,
      sourcesFile: values.sources ?? null,
      profileFile: values.profile ?? null,
      observationFile: values.observation ?? null,
      contextFile: values.context ?? null,
      asOfObservation: values['as-of-observation'] ?? false,
      crossCheck: !(values['no-cross-check'] ?? false),
      timeoutMs,
      lang: (values.lang as Lang | undefined) ?? null,
      explain: values.explain ?? null,
      merchants: merchants?.ok ? merchants.merchants : null,
    },
  }
}
