import type { NoticeRecord } from '../../shared/contract/notices'

/**
 * Where the services post notices for the system to show. The system notifier needs the services
 * (to report a notice it could not show, to find a clicked one) and the services need somewhere to
 * post, so the notifier is connected once both exist; a notice posted before that waits for it.
 */
export function createNoticeRelay() {
  let deliver: ((notice: NoticeRecord) => void) | null = null
  const waiting: NoticeRecord[] = []
  return {
    /** Hands a notice to the notifier, or keeps it until one is connected. */
    send: (notice: NoticeRecord): void => {
      if (deliver) deliver(notice)
      else waiting.push(notice)
    },
    /** Connects the notifier and hands it what waited, oldest first. */
    connect: (notifier: (notice: NoticeRecord) => void): void => {
      deliver = notifier
      for (const notice of waiting.splice(0)) notifier(notice)
    },
  }
}
