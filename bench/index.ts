// `npm run bench`: prints the performance figures PayLight keeps an eye on. They vary by machine; run it twice.
import { benchCoreTime, benchGeoDb, benchWireBytes } from './network-bench'
import { benchAddressData, benchVerdict } from './verdict-bench'

console.log(`PayLight benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`)
await benchGeoDb()
await benchCoreTime()
await benchWireBytes()
benchVerdict()
await benchAddressData()
