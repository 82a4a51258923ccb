import { declineEntries } from './entries'
import { declinePhrasings } from './phrasings'
import { declineText } from '../i18n/decline-text'

const yesNo = (counts: boolean) => (counts ? '✓ 计入 / counts' : '— 不计入 / does not count')

/**
 * The table of docs/explain.md that says which declines count toward the cool-down, generated
 * from the entries (test/unit/shared/decline-counts.test.ts fails when the two differ), so the
 * classification and the documentation cannot drift apart.
 */
export function declineCountsMarkdown(): string {
  const rows = declineEntries.map((entry) => {
    const zh = declinePhrasings[entry.id].zh[0] ?? ''
    const en = declinePhrasings[entry.id].en[0] ?? entry.codes[0] ?? ''
    const title = `${declineText('zh', entry.titleKey)} / ${declineText('en', entry.titleKey)}`
    return `| ${title} | ${zh} · ${en} | ${entry.declineKind} | ${yesNo(entry.countsTowardCooldown)} |`
  })
  return [
    '| 提示 / message | 例如 / e.g. | kind | 冷却 / cool-down |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}
