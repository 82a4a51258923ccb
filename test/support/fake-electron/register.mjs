// `node --import ./register.mjs out/main/index.js`: runs the built main bundle against fake-electron.mjs.
import { register } from 'node:module'

register('./loader.mjs', import.meta.url)
