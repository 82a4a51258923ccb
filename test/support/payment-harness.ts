import { randomUUID } from 'node:crypto'
import { createAttemptFeature } from '../../src/main/features/attempt/attempt-feature'
import { createDeclinesFeature } from '../../src/main/features/declines/declines-feature'
import { joinIpc, joinSlices, type ComposedState } from '../../src/main/features/feature'
import { createHistoryFeature } from '../../src/main/features/history/history-feature'
import { createSessionFeature } from '../../src/main/features/session/session-feature'
import type { KeptFolder } from '../../src/main/features/storage/kept-folder'
import { createStatePublisher } from '../../src/main/state-publisher'
import type { NoticeInput } from '../../src/shared/contract/notices'
import type { Observation } from '../../src/shared/monitor/observation'
import { realTimers } from '../../src/shared/monitor/timers'
import type { Light } from '../../src/shared/verdict/light'

/**
 * The payment features (the session, the decline log and cool-down, the history, the attempt)
 * wired as the composition root wires them, over a real state publisher whose state is their
 * slices plus the exits and the light the test sets with `see` (the monitor and the verdict).
 */
export async function paymentHarness(
  options: { folder?: KeptFolder; now?: () => number; observation?: Observation | null } = {},
) {
  const now = options.now ?? Date.now
  let observation = options.observation ?? null
  let light: Light = 'green'
  const notices: NoticeInput[] = []
  const cadence: (number | null)[] = []
  const publisher = createStatePublisher({ timers: realTimers })
  const app = {
    now,
    timers: realTimers,
    newId: () => randomUUID(),
    folder: options.folder ?? null,
    onChange: publisher.changed,
  }
  const monitor = {
    observation: () => observation,
    setCadenceOverride: (ms: number | null) => void cadence.push(ms),
    trigger: async () => undefined,
  }
  const notify = (n: NoticeInput) => void notices.push(n)
  const history = await createHistoryFeature(app)
  const profiles = { active: () => null }
  const declines = await createDeclinesFeature({ ...app, monitor, profiles, history, notify })
  const session = await createSessionFeature({ ...app, monitor, history, declines, notify })
  const attempt = await createAttemptFeature({ ...app, history })
  const features = [session, declines, history, attempt] as const
  const slices = () => joinSlices(features)
  publisher.connect({
    compose: () =>
      ({ ...slices(), monitor: { observation }, verdict: { light } }) as unknown as ComposedState,
    judges: features.flatMap((f) => ('judge' in f ? [f.judge] : [])),
  })
  return {
    ipc: joinIpc(features),
    slices,
    notices,
    cadence,
    record: history.record,
    settled: history.settled,
    /** A check saw these exits and the verdict gave this light. */
    see: (next: Observation | null, nextLight: Light) => {
      observation = next
      light = nextLight
      publisher.changed()
    },
    start: () => features.forEach((f) => 'start' in f && f.start()),
    stop: () => {
      features.forEach((f) => 'stop' in f && f.stop())
      publisher.stop()
    },
  }
}
