import type { Lang } from '../../../shared/geo/country'
import type { CooldownState } from '../../../shared/declines/cooldown'
import { translate } from '../../../shared/i18n/translate'
import { formatDuration } from '../../../shared/session/duration'
import { inEachLang, type NoticeInput, type NoticeWords } from '../../../shared/contract/notices'
import type { HistoryEvent } from '../../../shared/history/history-event'

/** The cool-down began (with the time to wait) or is over. */
export function cooldownNotice(
  phase: 'started' | 'over',
  state: CooldownState,
  lang: Lang,
): NoticeWords {
  if (phase === 'over')
    return {
      title: translate(lang, 'notify.cooldown.over.title'),
      body: translate(lang, 'notify.cooldown.over.body'),
      page: 'session',
      topic: 'cooldown-over',
    }
  const active = state.kind === 'active' ? state : null
  return {
    title: translate(lang, 'notify.cooldown.started.title'),
    body: translate(lang, 'notify.cooldown.started.body', {
      count: active?.count ?? 0,
      left: formatDuration(lang, active?.remainingMs ?? 0),
    }),
    page: 'session',
    topic: 'cooldown-started',
  }
}

/** An active cool-down, as the state shows it. */
export type ActiveCooldown = Extract<CooldownState, { kind: 'active' }>

/**
 * Judges each state's cool-down against the one before: a cool-down that ran out by itself (not
 * ended early, not taken away with its log) is over, once.
 */
export function cooldownEnd() {
  let running: ActiveCooldown | null = null
  return (state: CooldownState, now: number): ActiveCooldown | null => {
    const last = running
    running = state.kind === 'active' ? state : null
    return last && state.kind === 'none' && now >= Date.parse(last.until) ? last : null
  }
}

/**
 * Says when a cool-down starts (a counted decline was logged) or runs out by itself (a state shows
 * it over): into the history, and to the user.
 */
export function createCooldownNews(deps: {
  readonly now: () => number
  readonly history: { readonly record: (event: HistoryEvent) => void }
  readonly notify: (notice: NoticeInput) => void
}) {
  const ended = cooldownEnd()
  const tell = (phase: 'started' | 'over', state: CooldownState, at: string, until: string) => {
    deps.history.record({ type: 'cooldown', at, phase, until })
    deps.notify(inEachLang((lang) => cooldownNotice(phase, state, lang)))
  }
  return {
    started: (state: ActiveCooldown, at: string) => tell('started', state, at, state.until),
    /** Each composed state's cool-down, against the one before. */
    judge: (state: CooldownState) => {
      const over = ended(state, deps.now())
      if (over) tell('over', state, new Date(deps.now()).toISOString(), over.until)
    },
  }
}
