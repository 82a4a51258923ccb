// Sibling entities of one operator across registries: "Voxility S.R.L." and "Voxility LLP",
// "M247 Europe SRL" and "M247 Ltd", "Contabo Asia Private Limited" and "Contabo GmbH" are one
// operator under names that differ only by legal form and region. The stem is what is left once
// those are taken away; an operator is widened to every organisation with the same stem.

/** Legal forms and their spellings, as whole words after punctuation is removed. */
const legalForms = new Set(
  `llc l l c inc incorporated ltd limited srl s r l sro s r o gmbh mbh co kg bv b v nv n v llp lp
  corp corporation company sa s a sas sarl ag ab oy oyj as a s asa aps plc pte pty pvt private kk
  jsc pjsc ooo zao oao ehf spa s p a kft doo d o o ad sl slu eood ou uab sia bhd sdn tbk pt cv
  ltda eireli me epp group holding holdings trading the of and`.split(/\s+/),
)

/** Region words operators append to the same name for a subsidiary. */
const regionWords = new Set(
  `asia europe eu us usa america americas north south latam apac emea hk hong kong japan jp
  singapore sg uk gb de germany nl netherlands fr france international intl global pacific
  canada ca australia au india in korea kr taiwan tw china cn russia ru brasil brazil br`.split(
    /\s+/,
  ),
)

/** Stems too common to tell one operator from another. */
const tooCommon = new Set(
  `network networks net internet data digital cloud host hosting server servers web online
  technology technologies tech solutions services service systems it telecom media`.split(/\s+/),
)

/** The part of an organisation name that names the operator, or null when too little is left. */
export function orgStem(org: string): string | null {
  const words = org
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !legalForms.has(w) && !regionWords.has(w))
  const stem = words.join(' ')
  if (stem.replace(/ /g, '').length < 4 || words.every((w) => tooCommon.has(w))) return null
  return stem
}
