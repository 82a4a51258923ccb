import { useState } from 'react'
import { useT } from '../use-t'
import { paymentActions } from './payment-actions'

/**
 * Logging a decline, from the decline log's form or a look-up answer: one place that turns main's
 * reply (kept and counted, kept but not counted, refused and why) into the sentence shown.
 */
export function useLogDecline() {
  const t = useT()
  const [answer, setAnswer] = useState<string | null>(null)
  const submit = async (message: string): Promise<boolean> => {
    const reply = await paymentActions.logDecline(message)
    if (!reply) return false
    if (reply.ok) setAnswer(t(reply.counts ? 'declines.logged.counts' : 'declines.logged.free'))
    else if (reply.reason === 'storage')
      setAnswer(t('kept.error.other', { code: reply.error.code }))
    else setAnswer(t(`declines.refused.${reply.reason}`))
    return reply.ok
  }
  return { answer, submit }
}
