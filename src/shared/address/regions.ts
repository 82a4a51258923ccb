import { zhRegionAliases } from './region-aliases-zh'

/** A state or province: its postal code and names in both languages. */
export interface Region {
  readonly code: string
  readonly en: string
  readonly zh: string
}

/** US states, DC, territories and freely associated states with their USPS codes. */
export const usRegions: readonly Region[] = [
  ['AL', 'Alabama', '阿拉巴马州'],
  ['AK', 'Alaska', '阿拉斯加州'],
  ['AZ', 'Arizona', '亚利桑那州'],
  ['AR', 'Arkansas', '阿肯色州'],
  ['CA', 'California', '加利福尼亚州'],
  ['CO', 'Colorado', '科罗拉多州'],
  ['CT', 'Connecticut', '康涅狄格州'],
  ['DE', 'Delaware', '特拉华州'],
  ['DC', 'District of Columbia', '哥伦比亚特区'],
  ['FL', 'Florida', '佛罗里达州'],
  ['GA', 'Georgia', '佐治亚州'],
  ['HI', 'Hawaii', '夏威夷州'],
  ['ID', 'Idaho', '爱达荷州'],
  ['IL', 'Illinois', '伊利诺伊州'],
  ['IN', 'Indiana', '印第安纳州'],
  ['IA', 'Iowa', '艾奥瓦州'],
  ['KS', 'Kansas', '堪萨斯州'],
  ['KY', 'Kentucky', '肯塔基州'],
  ['LA', 'Louisiana', '路易斯安那州'],
  ['ME', 'Maine', '缅因州'],
  ['MD', 'Maryland', '马里兰州'],
  ['MA', 'Massachusetts', '马萨诸塞州'],
  ['MI', 'Michigan', '密歇根州'],
  ['MN', 'Minnesota', '明尼苏达州'],
  ['MS', 'Mississippi', '密西西比州'],
  ['MO', 'Missouri', '密苏里州'],
  ['MT', 'Montana', '蒙大拿州'],
  ['NE', 'Nebraska', '内布拉斯加州'],
  ['NV', 'Nevada', '内华达州'],
  ['NH', 'New Hampshire', '新罕布什尔州'],
  ['NJ', 'New Jersey', '新泽西州'],
  ['NM', 'New Mexico', '新墨西哥州'],
  ['NY', 'New York', '纽约州'],
  ['NC', 'North Carolina', '北卡罗来纳州'],
  ['ND', 'North Dakota', '北达科他州'],
  ['OH', 'Ohio', '俄亥俄州'],
  ['OK', 'Oklahoma', '俄克拉何马州'],
  ['OR', 'Oregon', '俄勒冈州'],
  ['PA', 'Pennsylvania', '宾夕法尼亚州'],
  ['RI', 'Rhode Island', '罗得岛州'],
  ['SC', 'South Carolina', '南卡罗来纳州'],
  ['SD', 'South Dakota', '南达科他州'],
  ['TN', 'Tennessee', '田纳西州'],
  ['TX', 'Texas', '得克萨斯州'],
  ['UT', 'Utah', '犹他州'],
  ['VT', 'Vermont', '佛蒙特州'],
  ['VA', 'Virginia', '弗吉尼亚州'],
  ['WA', 'Washington', '华盛顿州'],
  ['WV', 'West Virginia', '西弗吉尼亚州'],
  ['WI', 'Wisconsin', '威斯康星州'],
  ['WY', 'Wyoming', '怀俄明州'],
  ['PR', 'Puerto Rico', '波多黎各'],
  ['GU', 'Guam', '关岛'],
  ['VI', 'U.S. Virgin Islands', '美属维尔京群岛'],
  ['AS', 'American Samoa', '美属萨摩亚'],
  ['MP', 'Northern Mariana Islands', '北马里亚纳群岛'],
  // Freely associated states: USPS delivers there with US ZIP codes (969xx) and these codes.
  ['FM', 'Federated States of Micronesia', '密克罗尼西亚联邦'],
  ['MH', 'Marshall Islands', '马绍尔群岛'],
  ['PW', 'Palau', '帕劳'],
  ['AA', 'Armed Forces Americas', '美军（美洲）'],
  ['AE', 'Armed Forces Europe', '美军（欧洲）'],
  ['AP', 'Armed Forces Pacific', '美军（太平洋）'],
].map(([code, en, zh]) => ({ code: code as string, en: en as string, zh: zh as string }))

/** Canadian provinces and territories with Canada Post's codes. */
export const caRegions: readonly Region[] = [
  ['AB', 'Alberta', '艾伯塔省'],
  ['BC', 'British Columbia', '不列颠哥伦比亚省'],
  ['MB', 'Manitoba', '马尼托巴省'],
  ['NB', 'New Brunswick', '新不伦瑞克省'],
  ['NL', 'Newfoundland and Labrador', '纽芬兰与拉布拉多省'],
  ['NS', 'Nova Scotia', '新斯科舍省'],
  ['NT', 'Northwest Territories', '西北地区'],
  ['NU', 'Nunavut', '努纳武特地区'],
  ['ON', 'Ontario', '安大略省'],
  ['PE', 'Prince Edward Island', '爱德华王子岛省'],
  ['QC', 'Quebec', '魁北克省'],
  ['SK', 'Saskatchewan', '萨斯喀彻温省'],
  ['YT', 'Yukon', '育空地区'],
].map(([code, en, zh]) => ({ code: code as string, en: en as string, zh: zh as string }))

/** The region list for a country, or null where the state is free text. */
export function regionsOf(country: string): readonly Region[] | null {
  if (country === 'US') return usRegions
  if (country === 'CA') return caRegions
  return null
}

/** Canada Post: the first letter of a postal code names the province (X is shared by NT and NU). */
export const caPostalLetterProvinces: Readonly<Record<string, readonly string[]>> = {
  A: ['NL'],
  B: ['NS'],
  C: ['PE'],
  E: ['NB'],
  G: ['QC'],
  H: ['QC'],
  J: ['QC'],
  K: ['ON'],
  L: ['ON'],
  M: ['ON'],
  N: ['ON'],
  P: ['ON'],
  R: ['MB'],
  S: ['SK'],
  T: ['AB'],
  V: ['BC'],
  X: ['NT', 'NU'],
  Y: ['YT'],
}

/** Finds a region by its code, or by a name typed where a code belongs ("California", "加州"). */
export function findRegion(
  country: string,
  text: string,
): { region: Region; byName: boolean } | null {
  const regions = regionsOf(country)
  if (!regions) return null
  const typed = text.trim().replace(/\s+/g, ' ').toLowerCase()
  // Full-width letters from an input method ("ＣＡ") read as the code they spell.
  const wanted = typed.normalize('NFKC')
  if (!wanted) return null
  const byCode = regions.find((r) => r.code.toLowerCase() === wanted)
  if (byCode) return { region: byCode, byName: typed !== wanted }
  const alias = zhRegionAliases[country]?.[wanted]
  const byName = regions.find(
    (r) =>
      r.code === alias ||
      r.en.toLowerCase() === wanted ||
      r.zh === wanted ||
      r.zh.replace(/[州省]$/, '') === wanted,
  )
  return byName ? { region: byName, byName: true } : null
}
