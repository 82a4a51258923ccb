import type { IpcServices } from '../../../shared/contract/ipc'
import {
  addNotice,
  dropNotice,
  markUndelivered,
  type NoticeInput,
  type NoticePage,
  type NoticeRecord,
  type PageRequest,
} from '../../../shared/contract/notices'
import { defineFeature, type FeatureContext } from '../feature'

/** What the notices feature needs: a clock, the system notifier, and the publisher's nudge. */
export interface NoticesFeatureDeps extends Pick<FeatureContext, 'now' | 'onChange'> {
  /** Hands a notice to the system; a failure is reported back through `undelivered`. */
  readonly deliver: ((notice: NoticeRecord) => void) | undefined
}

/**
 * The last few notices and where the window was asked to open. A system notification can fail
 * silently (an unsigned macOS app, no notification daemon), so every notice is kept here too and
 * the window and the tray show the ones the system did not.
 */
export function createNoticesFeature(deps: NoticesFeatureDeps) {
  let notices: readonly NoticeRecord[] = []
  let requestedPage: PageRequest | null = null
  let seq = 0
  // Unique across restarts too: Windows keeps toasts in its Action Center by this id.
  const idBase = deps.now().toString(36)

  const change = (next: readonly NoticeRecord[]) => {
    if (next === notices) return
    notices = next
    deps.onChange()
  }

  const ipc = {
    dismissNotice: (id) => {
      change(dropNotice(notices, id))
      return { ok: true }
    },
  } satisfies Pick<IpcServices, 'dismissNotice'>

  return defineFeature({
    ipc,
    files: [],
    /** Records a notice and hands it to the system; with no system notifier it is undelivered. */
    post: (input: NoticeInput): NoticeRecord => {
      seq += 1
      const record: NoticeRecord = {
        id: `${idBase}-${seq}`,
        title: input.title,
        body: input.body,
        page: input.page ?? 'status',
        at: new Date(deps.now()).toISOString(),
        delivered: deps.deliver !== undefined,
        ...(input.topic ? { topic: input.topic } : {}),
      }
      change(addNotice(notices, record))
      deps.deliver?.(record)
      return record
    },
    /** The system could not show this notice: the banner and the tray take it up. */
    undelivered: (id: string) => change(markUndelivered(notices, id)),
    /** A kept notice, for a click that names only its id (a Windows toast activation). */
    find: (id: string): NoticeRecord | null => notices.find((n) => n.id === id) ?? null,
    /** Asks the window to show a page; the renderer's tabs follow each new request. */
    requestPage: (page: NoticePage) => {
      seq += 1
      requestedPage = { page, seq }
      deps.onChange()
    },
    /** Forgets the last request, so a window opened later starts where the user expects. */
    clearRequestedPage: () => {
      if (requestedPage === null) return
      requestedPage = null
      deps.onChange()
    },
    slice: () => ({ notices, ui: { requestedPage } }),
  })
}

/** Posts a notice only while the user wants notifications (the payment features' notices). */
export function userNotices(
  notices: Pick<NoticesFeature, 'post'>,
  settings: { readonly current: () => { readonly notifications: boolean } },
): (notice: NoticeInput) => void {
  return (notice) => {
    if (settings.current().notifications) notices.post(notice)
  }
}

/** The notices feature's shape. */
export type NoticesFeature = ReturnType<typeof createNoticesFeature>
