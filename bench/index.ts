// `npm run bench`: prints the figures the issues ask for. Figures vary by machine; run it twice.
import { benchCoreTime, benchGeoDb, benchWireBytes } from './network-bench'
import { benchAddressData, benchVerdict } from './verdict-bench'

console.log(`PayLight benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`)
await benchGeoDb()
await benchCoreTime()
await benchWireBytes()
benchVerdict()
await benchAddressData()
