import { readFile } from 'node:fs/promises'
import { geoProviderSchema, type GeoProvider } from '../shared/geo/geo-providers'
import { parseObservation } from '../shared/monitor/observation-schema'
import type { Observation } from '../shared/monitor/observation'
import { parseSourceList, type SourceSpec } from '../shared/net/sources'
import { parseProfileExchange } from '../shared/profile/exchange'
import type { CardProfile } from '../shared/profile/schema'
import { issueLines } from '../shared/input/unknown-key'
import { scanForCardNumbers } from '../shared/profile/card-number-scan'
import { maskCardNumbers } from '../shared/profile/card-text-scan'
import { contextFileSchema, type ContextFile } from '../shared/verdict/context'

/** A file the CLI could not use, with every reason. */
export class InputError extends Error {}

const MAX_BYTES = 1_000_000

async function readJson(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  if (text.length > MAX_BYTES) throw new InputError(`${file}: larger than 1 MB`)
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    throw new InputError(`${file}: not valid JSON`)
  }
  refuseCardNumbers(file, json)
  return json
}

/**
 * Refuses a file that holds a full card number anywhere (values, keys, split across fields), read
 * in the file's order and in the order PayLight keeps what it read (`parsed`): nothing of it is
 * evaluated or printed, and the refusal names where it was with the number masked.
 */
function refuseCardNumbers(file: string, ...values: unknown[]): void {
  const paths = [
    ...new Set(values.flatMap((value) => scanForCardNumbers(value).map((h) => h.path))),
  ]
  if (paths.length === 0) return
  const where = paths
    .slice(0, 5)
    .map((path) => maskCardNumbers(path) || '(root)')
    .join(', ')
  throw new InputError(
    `${file}: ${where}: holds a full card number; PayLight never reads one — remove it / 含有完整卡号，PayLight 不读取完整卡号，请删除`,
  )
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

/** A `--sources` file: a bare array of sources, or `{ sources, geo }`. */
export async function loadSources(
  file: string,
): Promise<{ sources: SourceSpec[]; geo: GeoProvider[] }> {
  const json = await readJson(file)
  const record = asRecord(json)
  const parsed = parseSourceList(record ? record.sources : json)
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.problems.join('; ')}`)
  const geo = geoProviderSchema
    .array()
    .max(5)
    .safeParse(record?.geo ?? [])
  if (!geo.success)
    throw new InputError(
      `${file}: geo: ${geo.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  return { sources: parsed.sources, geo: geo.data }
}

/** A `--profile` file in any documented form; the active profile is the one evaluated. */
export async function loadProfile(file: string): Promise<CardProfile> {
  const parsed = parseProfileExchange(await readJson(file))
  if (!parsed.ok)
    throw new InputError(
      `${file}:\n${parsed.errors.map((e) => `  ${e.path || '(profile)'}: ${e.message.en} / ${e.message.zh}`).join('\n')}`,
    )
  const active = parsed.profiles.find((p) => p.id === parsed.activeId) ?? parsed.profiles[0]
  if (!active) throw new InputError(`${file}: no profile`)
  return active
}

/** An `--observation` file (what `--json` printed); its optional `context` field is returned too. */
export async function loadObservation(
  file: string,
): Promise<{ observation: Observation; context: ContextFile }> {
  const json = await readJson(file)
  const parsed = parseObservation(json)
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.problems.join('; ')}`)
  const context = contextFileSchema.safeParse(asRecord(json)?.context ?? {})
  if (!context.success)
    throw new InputError(
      `${file}: context: ${context.error.issues.flatMap((i) => issueLines(i, contextFileSchema, asRecord(json)?.context)).join('; ')}`,
    )
  refuseCardNumbers(file, parsed.observation, context.data)
  return { observation: parsed.observation, context: context.data }
}

/** A `--context` file. */
export async function loadContext(file: string): Promise<ContextFile> {
  const json = await readJson(file)
  const parsed = contextFileSchema.safeParse(json)
  if (!parsed.success)
    throw new InputError(
      `${file}: ${parsed.error.issues.flatMap((i) => issueLines(i, contextFileSchema, json)).join('; ')}`,
    )
  refuseCardNumbers(file, parsed.data)
  return parsed.data
}
