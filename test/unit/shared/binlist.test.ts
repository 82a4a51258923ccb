import { brandOfBin, parseBinlist } from '../../../src/shared/profile/binlist'
import { fixture } from '../../support/provider-bodies'

describe('parseBinlist', () => {
  it('reads brand, funding, country and bank from the sample', () => {
    expect(parseBinlist(fixture('binlist.json'), '45717360')).toEqual({
      ok: true,
      facts: { brand: 'visa', funding: 'debit', issuingCountry: 'US', bank: 'Example Bank' },
    })
  })

  it('marks prepaid when the service says so, whatever the type', () => {
    expect(
      parseBinlist('{"scheme":"mastercard","type":"debit","prepaid":true}', '555555'),
    ).toMatchObject({ ok: true, facts: { funding: 'prepaid' } })
  })

  it('leaves missing fields unknown and falls back to the brand patterns', () => {
    expect(parseBinlist('{"number":{}}', '41111111')).toEqual({
      ok: true,
      facts: { brand: 'visa', funding: 'unknown', issuingCountry: null, bank: null },
    })
  })

  it('refuses a body that is not JSON', () => {
    expect(parseBinlist('<html>', '411111')).toMatchObject({ ok: false })
  })
})

describe('brandOfBin', () => {
  it.each([
    ['41111111', 'visa'],
    ['55555555', 'mastercard'],
    ['378282', 'american-express'],
    ['62', null],
    ['abc', null],
  ])('%s → %s', (bin, brand) => expect(brandOfBin(bin)).toBe(brand))
})
