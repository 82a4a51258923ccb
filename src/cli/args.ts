import { parseArgs } from 'node:util'
import type { Lang } from '../shared/geo/country'
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

/** The help text. */
export const usage = `Usage: npm run check -- [options]

Runs one PayLight check on plain Node and prints a report.

Options:
  --json               print the observation (and the verdict, with --profile) as JSON
  --sources FILE       replace the source list (JSON: an array of sources, or {"sources": [...], "geo": [...]})
  --profile FILE       evaluate the card profile in FILE against the check
  --observation FILE   evaluate a saved observation instead of looking anything up
  --context FILE       verdict context (now, intervalMs, sleptAt, lastCheckFailed, exitChangedAt, timeZone,
                       merchants, cooldownUntil, cooldownDeclines, exitChanges24h)
  --as-of-observation  evaluate the saved observation as of its own checkedAt (default: now, so old evidence is stale)
  --merchant NAME      merchant to check for: openai (default) or anthropic; repeat or use a comma list
  --no-cross-check     do not ask an online geolocation service
  --timeout MS         per-request time-out (default 8000)
  --lang zh|en         report language (default: from LANG)
  --explain "TEXT"     explain a payment error message or decline code instead of checking
  -h, --help           show this help

Exit codes: --explain: 0 recognised, 1 not recognised. Otherwise: 0 observed (with --profile: green), 1 yellow, 2 red, 3 nothing observed / grey, 64 usage error.
HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured.`

/** Parses argv; a usage problem is returned as a message, never thrown. */
export function parseCliArgs(
  argv: readonly string[],
): { ok: true; options: CliOptions } | { ok: false; help: boolean; message: string } {
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
    return {
      ok: false,
      help: false,
      message: error instanceof Error ? error.message : String(error),
    }
  }
  if (values.help) return { ok: false, help: true, message: usage }
  const timeoutMs = values.timeout === undefined ? 8000 : Number(values.timeout)
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    return {
      ok: false,
      help: false,
      message: '--timeout must be a whole number of milliseconds between 100 and 60000',
    }
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    return { ok: false, help: false, message: '--lang must be zh or en' }
  }
  const merchants = values.merchant === undefined ? null : parseMerchantList(values.merchant)
  if (merchants && !merchants.ok) {
    return {
      ok: false,
      help: false,
      message: `--merchant must name openai or anthropic${merchants.unknown ? ` (not "${merchants.unknown}")` : ''}`,
    }
  }
  if (values.observation !== undefined && values.sources !== undefined) {
    return {
      ok: false,
      help: false,
      message: '--observation evaluates a saved check; it cannot be combined with --sources',
    }
  }
  if (values['as-of-observation'] && values.observation === undefined) {
    return {
      ok: false,
      help: false,
      message: '--as-of-observation needs --observation: a live check is always evaluated now',
    }
  }
  if (
    values.explain !== undefined &&
    (values.sources ?? values.profile ?? values.observation ?? values.context) !== undefined
  ) {
    return {
      ok: false,
      help: false,
      message: '--explain looks up an error message; it cannot be combined with a check',
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
