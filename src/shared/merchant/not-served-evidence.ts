import type { NotServedEvidence } from './region-types'

const openaiList =
  'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories'
const openaiDocs = 'https://developers.openai.com/api/docs/supported-countries'
const openaiZh =
  'https://help.openai.com/zh-hant-hk/articles/5347006-openai-api-supported-countries-and-territories'
const register = 'https://www.theregister.com/2024/06/25/openai_unsupported_countries/'
const claudeList = 'https://platform.claude.com/docs/en/api/supported-regions'
const claudeListZh = 'https://platform.claude.com/docs/zh-CN/api/supported-regions'

// Each page says an unlisted place is not supported; the lists are alphabetical, so a gap between
// two neighbours read in the same copy is evidence even where the rest of the list is unread.
const gap = (code: string, before: string, after: string, url: string): NotServedEvidence => ({
  code,
  evidence: `Not listed: "${before}" is followed directly by "${after}" (read 2026-11-26).`,
  url,
})

const registerQuote =
  'The Register, 2024-06-25: "OpenAI\'s full list of supported countries does not include China, Iran, North Korea, or Russia."'

/** Countries OpenAI's published list leaves out, each with where that can be seen. */
export const openaiNotServed: readonly NotServedEvidence[] = [
  gap('CN', 'Chile', 'Colombia', openaiList),
  gap('HK', 'Honduras', 'Hungary', openaiDocs),
  gap('MO', 'Luxembourg', 'Madagascar', openaiZh),
  gap('IR', 'Indonesia', 'Iraq', openaiDocs),
  gap('BY', 'Barbados', 'Belgium', openaiList),
  gap('CU', 'Croatia', 'Cyprus', openaiList),
  { code: 'KP', evidence: registerQuote, url: register },
  { code: 'RU', evidence: registerQuote, url: register },
]

/** Countries Anthropic's published API list leaves out, each with where that can be seen. */
export const anthropicNotServed: readonly NotServedEvidence[] = [
  gap('CN', 'Chile', 'Colombia', claudeList),
  gap('HK', 'Honduras', 'Hungary', claudeList),
  gap('MO', 'Luxembourg', 'Madagascar', claudeList),
  gap('IR', 'Indonesia', 'Iraq', claudeList),
  gap('KP', 'Nigeria', 'North Macedonia', claudeList),
  gap('RU', 'Romania', 'Rwanda', claudeList),
  gap('BY', 'Barbados', 'Belgium', claudeList),
  gap('CU', 'Croatia', 'Cyprus', claudeList),
  gap('AF', 'Albania', 'Algeria', claudeList),
  gap('CD', 'Congo, Republic of the', 'Costa Rica', claudeList),
  gap('CF', 'Canada', 'Chad', claudeList),
  gap('ET', 'Eswatini', 'Fiji', claudeList),
  gap('LY', 'Liberia', 'Liechtenstein', claudeList),
  gap('MM', 'Mozambique', 'Namibia', claudeList),
  gap('NI', 'New Zealand', 'Niger', claudeList),
]

/** Countries Anthropic lists with regions excluded. */
export const anthropicPartlyServed: readonly NotServedEvidence[] = [
  {
    code: 'UA',
    evidence:
      'Listed as "乌克兰（克里米亚、顿涅茨克和卢甘斯克地区除外）": Ukraine except Crimea, Donetsk and Luhansk.',
    url: claudeListZh,
  },
]
