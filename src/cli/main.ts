// `npm run check`: one PayLight check on plain Node with the same core as the app.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { langFromLocale } from '../shared/i18n/translate'
import { setLogSink } from '../shared/logger'
import { createCrossCheck } from '../shared/geo/cross-check'
import {
  defaultGeoProviders,
  geoProviderSchema,
  type GeoProvider,
} from '../shared/geo/geo-providers'
import { observedNothing } from '../shared/monitor/observation'
import { runFullCheck } from '../shared/monitor/run-check'
import { defaultSources, parseSourceList, type SourceSpec } from '../shared/net/sources'
import { emptyGeoDb, openGeoDb } from '../main/geo-db'
import { exitCodes, parseCliArgs, usage } from './args'
import { createNodeFetch, envResolveProxy } from './node-net'
import { formatObservation } from './report'

const geoDbFile = fileURLToPath(
  new URL('../../resources/geo-whois-asn-country.mmdb', import.meta.url),
)

/** Reads a `--sources` file: a bare array of sources, or `{ sources, geo }`. */
async function loadSources(file: string): Promise<{ sources: SourceSpec[]; geo: GeoProvider[] }> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'))
  const record =
    json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : null
  const parsed = parseSourceList(record ? record.sources : json)
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`)
  const geo = record?.geo === undefined ? [] : geoProviderSchema.array().max(5).parse(record.geo)
  return { sources: parsed.sources, geo }
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv)
  if (!parsed.ok) {
    ;(parsed.help ? process.stdout : process.stderr).write(
      `${parsed.message}\n${parsed.help ? '' : `\n${usage}\n`}`,
    )
    return parsed.help ? exitCodes.ok : exitCodes.usage
  }
  const options = parsed.options
  setLogSink(
    (entry) => process.stderr.write(`[${entry.level}] ${entry.scope}: ${entry.message}\n`),
    'warn',
  )
  const lang =
    options.lang ??
    langFromLocale(
      process.env['LC_ALL'] ??
        process.env['LANG'] ??
        Intl.DateTimeFormat().resolvedOptions().locale,
    )

  let sourceList: { sources: readonly SourceSpec[]; geo: readonly GeoProvider[] } = {
    sources: defaultSources,
    geo: defaultGeoProviders,
  }
  if (options.sourcesFile) {
    try {
      sourceList = await loadSources(options.sourcesFile)
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      return exitCodes.usage
    }
  }
  let geoDb = emptyGeoDb
  try {
    geoDb = openGeoDb(geoDbFile)
  } catch {
    process.stderr.write('offline country database not found; countries come from traces only\n')
  }
  const fetch = createNodeFetch()
  const observation = await runFullCheck({
    fetch,
    sources: sourceList.sources,
    locate: geoDb.locate,
    crossCheck:
      options.crossCheck && sourceList.geo.length > 0
        ? createCrossCheck({ fetch, providers: sourceList.geo })
        : null,
    resolveProxy: envResolveProxy(process.env),
    now: Date.now,
    timeoutMs: options.timeoutMs,
  })
  process.stdout.write(
    options.json
      ? `${JSON.stringify(observation, null, 2)}\n`
      : `${formatObservation(observation, lang).join('\n')}\n`,
  )
  return observedNothing(observation) ? exitCodes.nothing : exitCodes.ok
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`check failed: ${String(error)}\n`)
    process.exitCode = exitCodes.nothing
  },
)
