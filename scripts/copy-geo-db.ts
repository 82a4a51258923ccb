// Copies the offline country databases from their npm packages into resources/ (run: npm run
// geo-db), so the app ships them and a fresh checkout works without this step. Commit the result.
// geo-whois-asn-country (WHOIS + geofeeds, CC BY 4.0) is the main witness; iptoasn-country
// (routing data, PDDL) the second, whose errors are not the first one's.
import { copyFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
for (const name of ['geo-whois-asn-country', 'iptoasn-country']) {
  const packageDir = path.dirname(require.resolve(`@ip-location-db/${name}-mmdb/package.json`))
  const target = path.resolve(`resources/${name}.mmdb`)
  copyFileSync(path.join(packageDir, `${name}.mmdb`), target)
  console.log(`copied ${(statSync(target).size / 1e6).toFixed(1)} MB to ${target}`)
}
