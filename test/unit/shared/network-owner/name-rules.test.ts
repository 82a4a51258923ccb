import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { soundsLikeHosting } from '../../../../src/shared/network-owner/name-rules'

describe('the hosting word rules', () => {
  it.each([
    'CTG Server Limited',
    'CNSERVERS LLC',
    '1GSERVERS, LLC',
    'YISU CLOUD LTD',
    'Kaopu Cloud HK Limited',
    'Shanghai Blue Cloud Technology Co.,Ltd',
    'Example IDC Network',
    'GTHost',
    '"Domain names registrar REG.RU", Ltd',
  ])('reads %s as a provider of servers', (org) => {
    expect(soundsLikeHosting(org)).toBe(true)
  })

  it.each([
    'Comcast Cable Communications, LLC',
    'China Telecom IDC',
    'Chunghwa Telecom Co., Ltd.',
    'Cloud ISP Ltd',
    'Cloudwifi Broadband',
    'Tsinghua University Cloud',
    'Deutsche Telekom AG',
    'Observatory Road Surgery',
    'Verizon Wireless',
  ])('never reads %s as one', (org) => {
    expect(soundsLikeHosting(org)).toBe(false)
  })

  it('lets a carrier or institution word overrule any hosting word (property)', () => {
    const hosting = fc.constantFrom('Server', 'Servers', 'Cloud', 'IDC', 'Hosting', 'VPS')
    const carrier = fc.constantFrom('Telecom', 'Mobile', 'Broadband', 'Cable', 'University', 'ISP')
    const word = fc.stringMatching(/^[A-Za-z]{0,10}$/)
    fc.assert(
      fc.property(word, hosting, carrier, word, (a, h, c, b) => {
        expect(soundsLikeHosting(`${a} ${h} ${c} ${b}`)).toBe(false)
        expect(soundsLikeHosting(`${a} ${c} ${h} ${b}`)).toBe(false)
      }),
    )
  })
})
