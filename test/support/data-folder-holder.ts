// A PayLight-like process for the two-instance test: takes the data folder, saves one setting
// through the real settings store, prints what happened as one JSON line, and (with `hold`) keeps
// running, holding the folder, until it is killed.
import { takeDataFolder } from '../../src/node/data-folder-lock'
import { createSettingsStore } from '../../src/node/settings-store'
import { setLogSink } from '../../src/shared/util/logger'
import { defaultSettings } from '../../src/shared/contract/settings'

setLogSink((entry) => process.stderr.write(`${entry.message}\n`))

const [dir, language, hold] = process.argv.slice(2) as [string, 'zh' | 'en', string | undefined]
const folder = await takeDataFolder(dir)
const store = createSettingsStore(dir, { fs: folder.fs })
await store.load()
const saved = await store.save({ ...defaultSettings, ...store.value(), language })
process.stdout.write(`${JSON.stringify({ kind: folder.kind, saved, pid: process.pid })}\n`)
if (hold === 'hold') setInterval(() => undefined, 1000)
else if (folder.kind === 'owner') await folder.release()
