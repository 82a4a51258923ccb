import { readFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { declineCountsMarkdown } from '../../../src/shared/declines/counts-doc'
import { countsByKind, declineEntries } from '../../../src/shared/declines/entries'
import { checkDeclineMessage } from '../../../src/shared/declines/message-check'
import { declinePhrasings } from '../../../src/shared/declines/phrasings'

const docPath = 'docs/explain.md'

describe('which declines count toward the cool-down', () => {
  it('does not count a wrong postal code, in Chinese or English: an input error is retyped, not waited out', () => {
    for (const message of [
      '您的邮政编码不正确。',
      'Your postal code is incorrect.',
      'The zip code you supplied failed validation.',
      "Your card's security code is incorrect.",
      '您的卡的安全码不正确。',
    ]) {
      const checked = checkDeclineMessage(message)
      expect(checked, message).toMatchObject({ ok: true, counts: false })
    }
  })

  it('counts a refusal by the issuer or the risk check, in Chinese or English', () => {
    for (const message of ['您的卡被拒绝了。', 'Your card was declined.', 'do_not_honor'])
      expect(checkDeclineMessage(message), message).toMatchObject({ ok: true, counts: true })
  })

  it('gives every phrasing of an entry, Chinese and English, its kind’s rule', () => {
    for (const entry of declineEntries) {
      expect(entry.countsTowardCooldown, entry.id).toBe(countsByKind[entry.declineKind])
      const { zh, en } = declinePhrasings[entry.id]
      for (const phrase of [...zh, ...en]) {
        const checked = checkDeclineMessage(phrase)
        if (!checked.ok || checked.entryId !== entry.id) continue
        expect(checked.counts, `${entry.id}: ${phrase}`).toBe(entry.countsTowardCooldown)
      }
    }
  })

  it('is what docs/explain.md says, entry by entry (regenerate its table when this fails)', async () => {
    const doc = readFileSync(docPath, 'utf8')
    const start = doc.indexOf('-->', doc.indexOf('<!-- counts:start')) + 3
    const table = doc.slice(start, doc.indexOf('<!-- counts:end -->')).trim()
    const options = await resolveConfig(docPath)
    const expected = await format(declineCountsMarkdown(), { ...options, parser: 'markdown' })
    expect(table).toBe(expected.trim())
  })
})
