import countries from 'i18n-iso-countries'
import {
  codeForName,
  listItems,
  parseRegionList,
} from '../../../src/shared/merchant/parse-region-list'
import {
  merchantRegions,
  regionService,
  servesRegion,
} from '../../../src/shared/merchant/serves-region'

const lookup = (name: string) => countries.getAlpha2Code(name, 'en')

describe('servesRegion', () => {
  it.each(['HK', 'CN', 'RU', 'IR', 'KP', 'MO', 'BY', 'CU'])('OpenAI does not serve %s', (code) => {
    expect(servesRegion('openai', code)).toBe('not-served')
  })

  it.each(['JP', 'DE', 'CA', 'AU', 'IN', 'MX'])('OpenAI serves %s', (code) => {
    expect(servesRegion('openai', code)).toBe('served')
  })

  it.each(['HK', 'CN', 'RU', 'IR', 'KP'])('Anthropic does not serve %s', (code) => {
    expect(servesRegion('anthropic', code)).toBe('not-served')
  })

  it.each(['US', 'GB', 'JP', 'TW', 'KR', 'SG'])(
    'Anthropic serves %s (its whole list was read)',
    (code) => {
      expect(servesRegion('anthropic', code)).toBe('served')
    },
  )

  it.each(['VE', 'SY', 'MO', 'BY'])(
    'Anthropic does not serve %s, absent from its whole list',
    (code) => {
      expect(servesRegion('anthropic', code)).toBe('not-served')
    },
  )

  it('keeps Ukraine unknown for Anthropic: Crimea, Donetsk and Luhansk are excluded', () => {
    expect(servesRegion('anthropic', 'UA')).toBe('unknown')
  })

  it('serves a listed country whatever the letter case', () => {
    expect(servesRegion('openai', 'jp')).toBe('served')
  })

  // The whole help-centre list (188 codes, synced 2026-08-21): every listed country is served,
  // every other one is not (Venezuela and Syria were green while the list was read only in part).
  it.each(['US', 'GB', 'TW', 'KR', 'SG', 'AF', 'YE'])(
    'OpenAI serves %s, on its whole list',
    (code) => {
      expect(servesRegion('openai', code)).toBe('served')
    },
  )

  it.each(['VE', 'SY', 'CN', 'HK', 'MO', 'RU', 'IR', 'KP', 'CU', 'BY'])(
    'OpenAI does not serve %s, absent from its whole list',
    (code) => {
      expect(servesRegion('openai', code)).toBe('not-served')
    },
  )

  it('counts 196 served codes for OpenAI (188 of the help centre + 8 territories of its API docs)', () => {
    expect(merchantRegions.openai.served).toHaveLength(196)
    expect(merchantRegions.openai.sources.find((s) => s.complete)?.retrieved).toBe('2026-08-21')
  })

  it.each([
    ['openai', 'XX'],
    ['openai', 'T1'],
    ['openai', ''],
    ['openai', 'USA'],
    ['nobody', 'JP'],
    ['constructor', 'JP'],
  ])('answers unknown for merchant %j and code %j', (merchant, code) => {
    expect(servesRegion(merchant, code)).toBe('unknown')
  })

  it('reads an unlisted country as not served once a whole list was read', () => {
    const whole = {
      ...merchantRegions.openai,
      sources: [
        {
          url: 'https://example.com/list',
          title: 'whole list',
          retrieved: '2026-11-26',
          complete: true,
        },
      ],
      served: ['JP', 'US'],
      notServed: [],
      partlyServed: [],
    }
    expect(regionService(whole, 'US')).toBe('served')
    expect(regionService(whole, 'HK')).toBe('not-served')
    expect(regionService(whole, 'XX')).toBe('unknown')
  })

  it('never lists a country as both served and not served', () => {
    for (const regions of Object.values(merchantRegions)) {
      const both = regions.notServed.filter((e) => regions.served.includes(e.code))
      expect(both).toEqual([])
    }
  })

  it('reads Chinese names of a saved Chinese page, full-width brackets included', () => {
    const page =
      '* 美利坚合众国\n* 捷克（捷克共和国）\n* 乌克兰（克里米亚、顿涅茨克和卢甘斯克地区除外）\n* 刚果共和国'
    const lookupBoth = (n: string) => lookup(n) ?? countries.getAlpha2Code(n, 'zh')
    expect(parseRegionList(page, lookupBoth)).toEqual({
      codes: ['CG', 'CZ', 'UA', 'US'],
      unplaced: [],
    })
  })

  it('records where and when every list was read', () => {
    for (const regions of Object.values(merchantRegions))
      for (const source of regions.sources) {
        expect(source.url).toMatch(/^https:\/\//)
        expect(source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(source.complete || Boolean(source.coverage)).toBe(true)
      }
  })
})

describe('parseRegionList', () => {
  it('reads <li> items of a saved HTML page, entities and tags included', () => {
    const page = `<ul><li><p>Albania</p></li><li>Côte d&#39;Ivoire</li><li>Congo (DRC)</li>
      <li>Antigua &amp; Barbuda</li><li>Holy See (Vatican City)</li><li>Sign in</li></ul>`
    expect(listItems(page)).toEqual([
      'Albania',
      "Côte d'Ivoire",
      'Congo (DRC)',
      'Antigua & Barbuda',
      'Holy See (Vatican City)',
      'Sign in',
    ])
    expect(parseRegionList(page, lookup)).toEqual({
      codes: ['AL', 'CD', 'CI', 'VA'],
      unplaced: ['Antigua & Barbuda', 'Sign in'],
    })
  })

  it('reads bullet lines of a saved text page', () => {
    const page = 'Supported:\n  • Japan\n- United States\n* Eswatini (Swaziland)\nFooter'
    expect(parseRegionList(page, lookup).codes).toEqual(['JP', 'SZ', 'US'])
  })

  it.each([
    ['Congo (Brazzaville)', 'CG'],
    ['Congo, Republic of the', 'CG'],
    ['Czechia (Czech Republic)', 'CZ'],
    ['Côte d’Ivoire', 'CI'],
    ['Cabo Verde', 'CV'],
    ['Micronesia', 'FM'],
    ['Taiwan', 'TW'],
    ['South Korea', 'KR'],
  ])('places %s as %s', (name, code) => {
    expect(codeForName(name, lookup)).toBe(code)
  })
})
