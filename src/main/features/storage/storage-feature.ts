import type { IpcServices } from '../../../shared/contract/ipc'
import { createLogger } from '../../../shared/util/logger'
import type {
  StorageError,
  StorageSlice,
  StorageResult,
  DataFolderHolder,
} from '../../../shared/storage/kept-file-types'
import { defineFeature, type FeatureContext } from '../feature'
import { createRetrySchedule } from './retry-schedule'
import type { StorageTarget } from './storage-target'

export type { StorageTarget } from './storage-target'

/** What the storage feature needs: a clock for retries, and a change hook. */
export interface StorageFeatureDeps extends Pick<FeatureContext, 'timers' | 'onChange'> {
  /** Another PayLight holds the data folder: this one reads it and saves nothing. */
  readonly readOnly?: DataFolderHolder | null
}

const log = createLogger('storage')
const blocked = (target: StorageTarget) => target.info().status.kind !== 'ready'

/**
 * Every file PayLight keeps, as the window lists them: status, files moved aside, the last failed
 * save. Blocked files (unreadable, keyring locked) are retried on a back-off timer and when the
 * window gets focus; the user can also retry, restore a moved-aside file, or start a file fresh.
 * Made before the features that keep files, which report failed saves to it; their files join
 * through `keep` once they exist.
 */
export function createStorageFeature(deps: StorageFeatureDeps) {
  const lastErrors = new Map<string, StorageError>()
  const targets: StorageTarget[] = []
  const byName = (name: string) => targets.find((t) => t.info().name === name)

  /** Retries every blocked file; true while any is still blocked. */
  const retryBlocked = async (): Promise<boolean> => {
    let changed = false
    for (const target of targets.filter(blocked)) {
      await target.retry()
      if (!blocked(target)) {
        log.info('kept file readable again', { name: target.info().name })
        lastErrors.delete(target.info().name)
        target.reloaded()
        changed = true
      }
    }
    if (changed) deps.onChange()
    return targets.some(blocked)
  }
  const schedule = createRetrySchedule(deps.timers, retryBlocked)
  const armIfBlocked = () => {
    if (targets.some(blocked)) schedule.arm()
  }

  const after = (target: StorageTarget, result: StorageResult): StorageResult => {
    const { name } = target.info()
    if (result.ok) {
      lastErrors.delete(name)
      target.reloaded()
    } else lastErrors.set(name, result.error)
    deps.onChange()
    armIfBlocked()
    return result
  }

  const ipc = {
    retryStorage: async () => {
      schedule.reset()
      await retryBlocked()
      armIfBlocked()
      return { ok: true as const }
    },
    restoreFile: async ({ file, aside }) => {
      const target = byName(file)
      if (!target?.restore) return { ok: false as const, error: { code: 'not-found' as const } }
      return after(target, await target.restore(aside))
    },
    discardAndStartFresh: async ({ file }) => {
      const target = byName(file)
      if (!target) return { ok: false as const, error: { code: 'not-found' as const } }
      return after(target, await target.moveAside())
    },
  } satisfies Pick<IpcServices, 'retryStorage' | 'restoreFile' | 'discardAndStartFresh'>

  return defineFeature({
    ipc,
    files: [],
    /** The features' files, in the order the window lists them. */
    keep: (files: readonly StorageTarget[]) => {
      targets.push(...files)
      armIfBlocked()
    },
    /** A feature reports a save that failed, so the window says why nothing changed. */
    report: (name: string, error: StorageError) => {
      lastErrors.set(name, error)
      deps.onChange()
    },
    /** A save that worked clears the file's last error. */
    saved: (name: string) => {
      if (lastErrors.delete(name)) deps.onChange()
    },
    /** The window got focus: a good moment to ask a keychain that may just have been unlocked. */
    focus: () => {
      if (!targets.some(blocked)) return
      schedule.reset()
      void retryBlocked().then(armIfBlocked)
    },
    stop: schedule.stop,
    slice: (): { storage: StorageSlice } => ({
      storage: {
        files: targets.map((t) => {
          const info = t.info()
          return { ...info, lastError: lastErrors.get(info.name) ?? null }
        }),
        readOnly: deps.readOnly ?? null,
      },
    }),
  })
}

/** The storage feature's shape. */
export type StorageFeature = ReturnType<typeof createStorageFeature>
