// One check (or verdict, or error explanation) for the CLI; loaded only once the arguments are
// known to be valid.
import { fileURLToPath } from 'node:url'
import type { Lang } from '../shared/geo/country'
import { createCrossCheck } from '../shared/geo/cross-check'
import { defaultGeoProviders, type GeoProvider } from '../shared/geo/geo-providers'
import { translate } from '../shared/i18n/translate'
import { cliLang } from './usage'
import { setLogRedactor, setLogSink } from '../shared/util/logger'
import { maskCardNumbers } from '../shared/profile/card-text-scan'
import { maskCardNumbersIn } from '../shared/profile/mask-deep'
import { defaultMerchants } from '../shared/merchant/watched'
import { observedNothing, type Observation } from '../shared/monitor/observation'
import { runFullCheck } from '../shared/monitor/run-check'
import { defaultSources, type SourceSpec } from '../shared/net/sources'
import { contextFromFile, type ContextFile } from '../shared/verdict/context'
import { evaluate } from '../shared/verdict/evaluate'
import type { Verdict } from '../shared/verdict/types'
import { openAsnDbOrEmpty } from '../node/asn-db'
import { emptyGeoDb, openGeoDb, openSecondWitness } from '../node/geo-db'
import { exitCodes, type CliOptions } from './args'
import { explainReport } from './explain'
import { InputError, loadContext, loadObservation, loadProfile, loadSources } from './inputs'
import { createNodeFetch, envResolveProxy } from './node-net'
import { formatObservation, formatProfile, formatVerdict } from './report'

// Everything the CLI prints goes through the card-number mask: it quotes its inputs (errors, the
// observation and context read back), and a number must never be printed, whatever slipped past.
const out = (text: string) => process.stdout.write(maskCardNumbers(text))
const err = (text: string) => process.stderr.write(maskCardNumbers(text))

const geoDbFile = fileURLToPath(
  new URL('../../resources/geo-whois-asn-country.mmdb', import.meta.url),
)
const asnDbFile = fileURLToPath(new URL('../../resources/asn.bin', import.meta.url))
const secondGeoDbFile = fileURLToPath(
  new URL('../../resources/iptoasn-country.mmdb', import.meta.url),
)

async function liveObservation(options: CliOptions): Promise<Observation> {
  let list: { sources: readonly SourceSpec[]; geo: readonly GeoProvider[] } = {
    sources: defaultSources,
    geo: defaultGeoProviders,
  }
  if (options.sourcesFile) list = await loadSources(options.sourcesFile)
  let geoDb = emptyGeoDb
  try {
    geoDb = openGeoDb(geoDbFile)
  } catch {
    err('offline country database not found; countries come from traces only\n')
  }
  const asnDb = openAsnDbOrEmpty(asnDbFile, () =>
    err('offline ASN data not found; network owners come from online answers only\n'),
  )
  const fetch = createNodeFetch()
  return runFullCheck({
    fetch,
    sources: list.sources,
    locate: geoDb.locate,
    alsoLocate: openSecondWitness(secondGeoDbFile, () =>
      process.stderr.write('second offline country database not found; one local witness only\n'),
    ),
    owner: asnDb.owner,
    merchants: options.merchants ?? defaultMerchants,
    crossCheck:
      options.crossCheck && list.geo.length > 0
        ? createCrossCheck({ fetch, providers: list.geo, timeoutMs: options.timeoutMs })
        : null,
    resolveProxy: envResolveProxy(process.env),
    now: Date.now,
    timeoutMs: options.timeoutMs,
  })
}

const lightExit: Record<Verdict['light'], number> = {
  green: exitCodes.ok,
  yellow: exitCodes.yellow,
  red: exitCodes.red,
  grey: exitCodes.nothing,
  wait: exitCodes.wait,
}

async function run(options: CliOptions, lang: Lang): Promise<number> {
  const profile = options.profileFile ? await loadProfile(options.profileFile) : null
  let contextFile: ContextFile
  let observation: Observation
  if (options.observationFile) {
    const saved = await loadObservation(options.observationFile)
    observation = saved.observation
    contextFile = saved.context
  } else {
    observation = await liveObservation(options)
    contextFile = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null }
    // Said on stderr too, so a script that reads only stdout (or --json) still hears it.
    if (observedNothing(observation)) err(`${translate(lang, 'cli.nothingObserved')}\n`)
  }
  if (options.contextFile)
    contextFile = { ...contextFile, ...(await loadContext(options.contextFile)) }
  if (options.merchants) contextFile = { ...contextFile, merchants: options.merchants }
  const merchants = contextFile.merchants ?? defaultMerchants
  if (!profile) {
    out(
      options.json
        ? `${JSON.stringify(observation, null, 2)}\n`
        : `${formatObservation(observation, lang, merchants).join('\n')}\n`,
    )
    return observedNothing(observation) ? exitCodes.nothing : exitCodes.ok
  }
  const context = contextFromFile(
    contextFile,
    observation.checkedAt,
    options.asOfObservation ? null : Date.now(),
  )
  const verdict = evaluate(profile, observation, context)
  if (options.json)
    out(
      `${JSON.stringify({ ...observation, context: contextFile, profile, verdict, asOf: new Date(context.now).toISOString() }, null, 2)}\n`,
    )
  else
    out(
      `${[...formatObservation(observation, lang, merchants), '', ...formatProfile(profile, lang), '', ...formatVerdict(verdict, lang, context.now)].join('\n')}\n`,
    )
  return lightExit[verdict.light]
}

/** Runs what the parsed options ask for and returns the exit code; input errors become code 64. */
export async function runCommand(options: CliOptions): Promise<number> {
  setLogRedactor(maskCardNumbersIn)
  setLogSink((entry) => err(`[${entry.level}] ${entry.scope}: ${entry.message}\n`), 'warn')
  const lang = options.lang ?? cliLang([], process.env)
  if (options.explain !== null) {
    const { code, output } = explainReport(options.explain, lang, options.json)
    out(output)
    return code
  }
  try {
    return await run(options, lang)
  } catch (error) {
    if (!(error instanceof InputError)) {
      err(`check failed: ${String(error)}\n`)
      return exitCodes.nothing
    }
    err(`${error.message}\n`)
    return exitCodes.usage
  }
}
