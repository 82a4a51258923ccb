import { useState } from 'react'
import type { MessageKey, MessageParams } from '../../../shared/i18n/translate'
import { useT } from '../use-t'
import { paymentActions } from './payment-actions'

interface Answer {
  readonly key: MessageKey
  readonly params?: MessageParams
}

/**
 * Logging a decline, from the decline log's form or a look-up answer: one place that turns main's
 * reply (kept and counted, kept but not counted, refused and why) into the sentence shown, kept as
 * a message key so it follows a language switch.
 */
export function useLogDecline() {
  const t = useT()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const submit = async (message: string): Promise<boolean> => {
    const reply = await paymentActions.logDecline(message)
    if (!reply) return false
    if (reply.ok)
      setAnswer({ key: reply.counts ? 'declines.logged.counts' : 'declines.logged.free' })
    else if (reply.reason === 'storage')
      setAnswer({ key: 'kept.error.other', params: { code: reply.error.code } })
    else setAnswer({ key: `declines.refused.${reply.reason}` })
    return reply.ok
  }
  return { answer: answer ? t(answer.key, answer.params) : null, submit }
}
