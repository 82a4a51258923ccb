import type { LogDeclineActionProps } from '../guide/DeclineAnswer'
import { useT } from '../use-t'
import { useLogDecline } from './use-log-decline'

/** Under a look-up answer: keep this decline in the log (it may start the cool-down). */
export function LogDeclineButton({ pasted }: LogDeclineActionProps) {
  const t = useT()
  const { answer, submit } = useLogDecline()
  return (
    <div className="log-decline">
      <button type="button" disabled={answer !== null} onClick={() => void submit(pasted)}>
        {t('declines.log.fromLookup')}
      </button>
      {answer ? <p role="status">{answer}</p> : null}
    </div>
  )
}
