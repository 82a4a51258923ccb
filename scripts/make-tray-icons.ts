// Generates the tray icon set into resources/tray/ and the app icon resources/icon.png (run: npm run
// icons). Committed output; a test fails when it differs from what this script draws.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { appIconPng, trayIconSet } from './icons/icon-set'

const outDir = path.resolve('resources/tray')
mkdirSync(outDir, { recursive: true })
for (const [name, bytes] of trayIconSet()) writeFileSync(path.join(outDir, name), bytes)
writeFileSync(path.resolve('resources/icon.png'), appIconPng())
console.log(`tray icons written to ${outDir}, app icon to resources/icon.png`)
