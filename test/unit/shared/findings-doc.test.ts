import { readFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { checklist } from '../../../src/shared/checklist/steps'
import { findingCatalogue, findingIds } from '../../../src/shared/verdict/finding-catalogue'
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
      expect(findingCatalogue[id].when.length, id).toBeGreaterThan(10)
    }
  })
})
