import { z } from 'zod'
import {
  defaultSessionConfig,
  sessionConfigSchema,
  type SessionConfig,
} from '../../../shared/session/session-config'
import { idleSession } from '../../../shared/session/session-machine'
import { sessionStateSchema, type SessionState } from '../../../shared/session/session-types'
import { keptDoc, type KeptFolder } from '../storage/kept-folder'

/** The session's settings and a running session, kept so a restart does not lose it. */
export interface SessionDoc {
  readonly version: 1
  readonly config: SessionConfig
  readonly state: SessionState
}

/** Validates the session file on load (a corrupt or newer file is moved aside by kept-file). */
export const sessionDocSchema = z
  .object({ version: z.literal(1), config: sessionConfigSchema, state: sessionStateSchema })
  .strict()

/** No file yet: default settings, no session. */
export const emptySessionDoc: SessionDoc = {
  version: 1,
  config: defaultSessionConfig,
  state: idleSession,
}

/** The session file in the folder (in memory without one). */
export const sessionFile = (folder: KeptFolder | null, now: () => number) =>
  keptDoc(
    folder,
    { name: 'session.json', version: 1, schema: sessionDocSchema, empty: emptySessionDoc },
    now,
  )
