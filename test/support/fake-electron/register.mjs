// `node --import ./register.mjs out/main/index.js`: runs the built main bundle against
// fake-electron.mjs, as if on $PAYLIGHT_FAKE_PLATFORM with resources in $PAYLIGHT_FAKE_RESOURCES
// (a packaged app's `process.resourcesPath`).
import { register } from 'node:module'

const platform = process.env.PAYLIGHT_FAKE_PLATFORM
if (platform) Object.defineProperty(process, 'platform', { value: platform })
if (process.env.PAYLIGHT_FAKE_RESOURCES) process.resourcesPath = process.env.PAYLIGHT_FAKE_RESOURCES

register('./loader.mjs', import.meta.url)
