import { readFile } from 'node:fs/promises'
import { Reader } from 'maxmind'
import { dataSources } from '../../shared/view/data-licences'
import {
  updateStatusText,
  type AboutInfo,
  type LoginItemState,
  type UpdateStatus,
} from '../../shared/contract/desktop'

export type { AboutData, AboutInfo } from '../../shared/contract/desktop'

/**
 * The date a data set's version carries: ip-location-db's npm versions end in YYYYMMDDHH, the
 * merchant lists say "read YYYY-MM-DD", a list taken from a repository names its commit's day.
 */
export function dateOfVersion(version: string): string | null {
  const stamp = /\b\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{2}\b/.exec(version)
  if (stamp) return `${stamp[1]}-${stamp[2]}-${stamp[3]}`
  const read = /\bread (\d{4}-\d{2}-\d{2})\b/.exec(version)?.[1]
  return read ?? /\b(\d{4}-\d{2}-\d{2})\b/.exec(version)?.[1] ?? null
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
