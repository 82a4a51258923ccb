import { LOAD_MARKS } from './load-marks'
import './styles.css'

// The entry stays tiny: the preload has asked main for the state already; React and the app load
// while that answer travels.
performance.mark(LOAD_MARKS.scriptStart)
const { boot } = await import('./boot')
await boot(window.paylight)
