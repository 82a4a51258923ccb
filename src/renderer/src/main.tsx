import { LOAD_MARKS } from './load-marks'
import { earlyBridge } from './store/early-bridge'
import './styles.css'

// The entry stays tiny: it asks main for the state first, then loads React and the app (their
// download and compile overlap the state's round trip) and hands the request over.
performance.mark(LOAD_MARKS.scriptStart)
const bridge = earlyBridge(window.paylight)
const { boot } = await import('./boot')
await boot(bridge)
