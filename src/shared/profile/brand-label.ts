import creditCardType from 'credit-card-type'

// binlist.net's scheme names that differ from credit-card-type's ids.
const aliases: Readonly<Partial<Record<string, string>>> = {
  amex: 'american-express',
  diners: 'diners-club',
  'china union pay': 'unionpay',
  'china-union-pay': 'unionpay',
}

const brandIds = new Set<string>(Object.values(creditCardType.types))

/**
 * "Visa", "Mastercard", "American Express", "UnionPay": a stored brand id (from the BIN patterns or
 * binlist's lower-cased scheme) as the brand writes its own name; unknown ones get capitals.
 */
export function brandLabel(brand: string): string {
  const id = brand.trim().toLowerCase()
  const typeId = (Object.hasOwn(aliases, id) ? aliases[id] : undefined) ?? id
  // Only the library's own ids are looked up: a stored brand is user text (`constructor`…).
  const known = brandIds.has(typeId) ? creditCardType.getTypeInfo(typeId) : null
  if (known) return known.niceType
  return id.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`,
  )
}
