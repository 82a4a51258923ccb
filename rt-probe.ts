import { realText } from './test/fixtures/card-numbers/real-text'
import { spellings } from './test/fixtures/card-numbers/spellings'
import { scanText } from './src/shared/profile/card-text-scan'
const all = realText(); let fp = 0
for (const [k, t] of all) if (scanText(t).numbers.length) { fp++; console.log('FP', k, t) }
let miss=0; for (const [k,t] of spellings()) if (!scanText(t).numbers.length) { miss++; console.log('MISS', k, JSON.stringify(t)) }
console.log(all.length, 'fp', fp, 'miss', miss)
