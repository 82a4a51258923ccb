import type { Finding } from '../../../shared/verdict/types'
import { countdownEnd, liveFindingText } from '../../../shared/view/live-text'
import { useNow } from '../use-now'
import { useLang } from '../use-t'

/**
 * A finding's words; one that counts down (a settling exit, the cool-down) keeps its own clock,
 * so "约 9 分钟后变绿" stays true between checks without redrawing the page around it.
 */
export function LiveFindingText({ finding }: { finding: Finding }) {
  const lang = useLang()
  const until = countdownEnd(finding)
  return until ? <Countdown finding={finding} /> : <>{finding.message[lang]}</>
}

function Countdown({ finding }: { finding: Finding }) {
  const lang = useLang()
  const now = useNow(5_000)
  return <span role="timer">{liveFindingText(finding, now, lang)}</span>
}
