// The saved copies of the public network lists and where each came from (scripts/network-lists/).
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** One public list: its repository, the upstream it mirrors, the commit read, and its licence. */
export interface ListSource {
  readonly id: string
  readonly url: string
  /** The original publisher, when the repository mirrors one (Apple's egress CSV). */
  readonly original?: string
  readonly upstreamCommit?: string
  mirrorCommit: string
  mirrorDate: string
  readonly licence: string
  readonly licenceFile: string
  readonly files: readonly string[]
}

/** Path of a saved copy (or of sources.json) in scripts/network-lists/. */
export const listFile = (name: string) => path.resolve('scripts/network-lists', name)

/** The provenance records in scripts/network-lists/sources.json. */
export function readSources(): ListSource[] {
  return JSON.parse(readFileSync(listFile('sources.json'), 'utf8')) as ListSource[]
}
