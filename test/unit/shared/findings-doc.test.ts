import { readFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { checklist } from '../../../src/shared/checklist/steps'
import { findingCatalogue, findingIds } from '../../../src/shared/verdict/finding-catalogue'
import { finding } from '../../../src/shared/verdict/finding'
import { findingDescriptions } from '../../../src/shared/verdict/finding-descriptions'
import { findingsMarkdown } from '../../../src/shared/verdict/findings-doc'

const docPath = 'docs/findings.md'

describe('the finding catalogue', () => {
  it('is what docs/findings.md says, word for word (regenerate the file when this fails)', async () => {
    const options = await resolveConfig(docPath)
    const expected = await format(findingsMarkdown(), { ...options, parser: 'markdown' })
    expect(readFileSync(docPath, 'utf8')).toBe(expected)
  })

  it('points every finding that can change the light at a step of the checklist', () => {
    const steps = new Set<string>(checklist.map((s) => s.id))
    const stepless = findingIds.filter((id) => {
      const { step, severities } = findingCatalogue[id]
      return step === null ? severities.some((s) => s !== 'info') : !steps.has(step)
    })
    expect(stepless).toEqual([])
  })

  it('lists each finding once, with at least one severity and a description', () => {
    expect(new Set(findingIds).size).toBe(findingIds.length)
    for (const id of findingIds) {
      expect(findingCatalogue[id].severities.length, id).toBeGreaterThan(0)
      expect(findingDescriptions[id].when.length, id).toBeGreaterThan(10)
    }
  })

  it('builds a finding from the catalogue: the step, the message and the headline come with the id', () => {
    const prepaid = finding({
      id: 'card-prepaid',
      severity: 'red',
      evidence: { funding: 'prepaid' },
    })
    expect(prepaid).toEqual({
      id: 'card-prepaid',
      severity: 'red',
      evidence: { funding: 'prepaid' },
      message: {
        zh: '这是预付卡：OpenAI 不接受预付卡和礼品卡，请换用信用卡或借记卡',
        en: 'This is a prepaid card: OpenAI does not accept prepaid or gift cards, so use a credit or debit card',
      },
      headline: { zh: '预付卡不被接受', en: 'Prepaid cards not accepted' },
      step: 'card-types',
    })
    // A message variant brings its own headline when it has one: each red says its own cause.
    const virtual = finding({
      id: 'card-prepaid',
      severity: 'red',
      evidence: {},
      text: 'finding.card-prepaid.virtual',
    })
    expect(virtual.headline.zh).toBe('虚拟卡是预付卡段，不被接受')
    // The compiler refuses an unknown id, a severity the catalogue does not allow, and another
    // finding's message (npm run typecheck checks these lines).
    // @ts-expect-error -- not a finding id
    expect(() => finding({ id: 'card-stolen', severity: 'red', evidence: {} })).toThrow()
    // @ts-expect-error -- card-prepaid is always red
    finding({ id: 'card-prepaid', severity: 'yellow', evidence: {} })
    finding({
      id: 'card-prepaid',
      severity: 'red',
      evidence: {},
      // @ts-expect-error -- a variant must belong to its own finding
      text: 'finding.network-vs-card.eea',
    })
  })
})
