import { readFile } from 'node:fs/promises'
import { Reader } from 'maxmind'
import { dataSources, type DataSource } from '../../shared/view/data-licences'
import type { LoginItemState } from './login-item'
import { updateStatusText, type UpdateStatus } from './updates'

/** One shipped data set as the About view lists it: what, which version, of when, under what licence. */
export interface AboutData {
  readonly id: string
  readonly name: string
  readonly version: string
  /** The day the data was built or read (YYYY-MM-DD), or null when nothing says. */
  readonly date: string | null
  readonly licence: DataSource['licence']
  readonly attribution: string
  readonly links: readonly string[]
}

/**
 * The About view's model, the reply of a proposed `paylight:get-about` channel (request: none):
 * PayLight's version and licence, the runtime it runs on, every data set with its version, date
 * and licence, and where updates and start-at-login stand.
 */
export interface AboutInfo {
  readonly app: { readonly version: string; readonly licence: 'MIT' }
  readonly runtime: { readonly electron: string; readonly chrome: string; readonly node: string }
  readonly data: readonly AboutData[]
  readonly updates: { readonly status: UpdateStatus; readonly text: { zh: string; en: string } }
  readonly startAtLogin: LoginItemState | null
}

/**
 * The date a data set's version carries: ip-location-db's npm versions end in YYYYMMDDHH, the
 * merchant lists say "read YYYY-MM-DD".
 */
export function dateOfVersion(version: string): string | null {
  const stamp = /\b\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{2}\b/.exec(version)
  if (stamp) return `${stamp[1]}-${stamp[2]}-${stamp[3]}`
  return /\bread (\d{4}-\d{2}-\d{2})\b/.exec(version)?.[1] ?? null
}

/** The build day written inside the country database itself (its MaxMind metadata); null if unreadable. */
export async function mmdbBuildDate(file: string): Promise<string | null> {
  try {
    const epoch = new Reader(await readFile(file)).metadata.buildEpoch
    return Number.isNaN(epoch.getTime()) ? null : epoch.toISOString().slice(0, 10)
  } catch {
    return null
  }
}

/** Builds the About model; `geoBuilt` (from the file) wins over the date in the version string. */
export function aboutInfo(deps: {
  readonly version: string
  readonly versions: Pick<NodeJS.ProcessVersions, 'node'> & { electron?: string; chrome?: string }
  readonly geoBuilt: string | null
  readonly updates: UpdateStatus
  readonly startAtLogin: LoginItemState | null
}): AboutInfo {
  return {
    app: { version: deps.version, licence: 'MIT' },
    runtime: {
      electron: deps.versions.electron ?? 'unknown',
      chrome: deps.versions.chrome ?? 'unknown',
      node: deps.versions.node,
    },
    data: dataSources.map((source) => ({
      id: source.id,
      name: source.name,
      version: source.version,
      date:
        (source.id === 'geo-whois-asn-country' ? deps.geoBuilt : null) ??
        dateOfVersion(source.version),
      licence: source.licence,
      attribution: source.attribution,
      links: source.links,
    })),
    updates: { status: deps.updates, text: updateStatusText(deps.updates) },
    startAtLogin: deps.startAtLogin,
  }
}
