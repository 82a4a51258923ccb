import { scanForCardNumbers } from '../../../src/shared/profile/card-number-scan'
import { maskCardNumbers } from '../../../src/shared/profile/card-text-scan'
import { profileFieldOrder } from '../../../src/shared/profile/validate'
import { generatedRealText, realText } from '../../fixtures/card-numbers/real-text'
import { spellings, structuredSpellings } from '../../fixtures/card-numbers/spellings'

const refused = (value: unknown) => scanForCardNumbers(value, profileFieldOrder).length > 0

// The corpora `npm run card-figures` counts, held to their goals: every spelling of a card number
// refused and masked, no real text (phone pairs, IBANs, ID numbers, timestamps…) refused.
describe('card numbers: the spelling and real-text corpora', () => {
  it('refuses every spelling of a card number, alone or split across fields', () => {
    const missed = spellings()
      .filter(([, text]) => !refused({ line1: text }))
      .map(([name]) => name)
    const missedSplit = structuredSpellings()
      .filter(([, value]) => !refused(value))
      .map(([name]) => name)
    expect([...missed, ...missedSplit]).toEqual([])
  })

  it('never quotes a spelling back: the mask leaves none of it', () => {
    const echoed = spellings()
      .filter(([, text]) => refused({ line1: maskCardNumbers(`said: ${text}`) }))
      .map(([name]) => name)
    expect(echoed).toEqual([])
  })

  it('refuses none of the real text, hand-written or generated', () => {
    const wrongly = [...realText(), ...generatedRealText(200)]
      .filter(([, text]) => refused({ line1: text }))
      .map(([kind, text]) => `${kind}: ${text}`)
    expect(wrongly).toEqual([])
  })
})
