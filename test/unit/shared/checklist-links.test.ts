import { stepOfFinding } from '../../../src/shared/checklist/finding-steps'
import { stepAnchor, stepNumber } from '../../../src/shared/checklist/numbering'
import { checklistSteps } from '../../../src/shared/checklist/step-ids'
import { checklist } from '../../../src/shared/checklist/steps'
import { declineEntries } from '../../../src/shared/declines/entries'
import { guideSections } from '../../../src/shared/guide/sections'
import { translate } from '../../../src/shared/i18n/translate'
import { findingCatalogue, findingIds } from '../../../src/shared/verdict/finding-catalogue'

describe('finding → checklist step', () => {
  it.each(findingIds)('gives %s a step of the checklist', (id) => {
    expect(checklistSteps).toContain(stepOfFinding(id))
  })

  it('keeps the step the catalogue names, and fills in only the information-only findings', () => {
    const filledIn = findingIds.filter((id) => findingCatalogue[id].step === null)
    expect(filledIn.length).toBeGreaterThan(0)
    for (const id of findingIds) {
      const named = findingCatalogue[id].step
      if (named !== null) expect(stepOfFinding(id), id).toBe(named)
      else expect(findingCatalogue[id].severities, id).toEqual(['info'])
    }
  })
})

describe('the checklist numbering', () => {
  it('numbers the steps 1…N in the order they are shown', () => {
    expect(checklist.map((step) => stepNumber(step.id))).toEqual(checklist.map((_step, i) => i + 1))
  })

  it('shows no section number of the source guide in a step title', () => {
    for (const step of checklist)
      for (const lang of ['zh', 'en'] as const)
        expect(translate(lang, step.title), step.id).not.toMatch(/^\s*\d/)
  })

  it('names each step in the user’s words: “第 3 步” / “Step 3”', () => {
    expect(translate('zh', 'checklist.number', { n: 3 })).toBe('第 3 步')
    expect(translate('en', 'checklist.number', { n: 3 })).toBe('Step 3')
  })

  it('gives every step its own anchor', () => {
    const anchors = checklistSteps.map(stepAnchor)
    expect(new Set(anchors).size).toBe(checklistSteps.length)
    for (const anchor of anchors) expect(anchor).toMatch(/^step-[a-z-]+$/)
  })
})

describe('the guide and the look-up → checklist steps (one list of step ids)', () => {
  const flow = checklist.map((step) => step.id)
  const linked = [...declineEntries, ...guideSections]

  it('links only to steps of the checklist, each once, in the order the user numbers them', () => {
    for (const { id, steps } of linked) {
      expect(
        steps.every((step) => flow.includes(step)),
        id,
      ).toBe(true)
      expect(steps.map(stepNumber), id).toEqual(
        [...new Set(steps.map(stepNumber))].sort((a, b) => a - b),
      )
    }
  })

  it('gives every look-up answer at least one step to open', () => {
    for (const entry of declineEntries) expect(entry.steps.length, entry.id).toBeGreaterThan(0)
  })

  it('lets every section of the guide but the FAQ and the error list open a step', () => {
    const without = guideSections.filter((s) => s.steps.length === 0).map((s) => s.id)
    expect(without).toEqual(['errors', 'faq'])
  })

  it('names a step by one title wherever it is linked from', () => {
    const titles = new Set(checklist.map((step) => translate('zh', step.title)))
    expect(titles.size).toBe(checklist.length)
  })
})
