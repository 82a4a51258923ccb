import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import electronLog from 'electron-log/node'
import { setupEarlyDesktop } from '../../../../src/main/setup/setup-desktop'
import {
  SMOKE_SOURCES_ENV,
  SMOKE_USER_DATA_ENV,
} from '../../../../src/main/desktop/smoke-test-overrides'
import { createLogger, setLogSink } from '../../../../src/shared/util/logger'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-early-')

/** The early desktop over the fake app, with a process whose events the test raises. */
function setup(
  options: { env?: NodeJS.ProcessEnv; isPackaged?: boolean; platform?: NodeJS.Platform } = {},
) {
  const userData = tempDir()
  const platform = options.platform ?? 'linux'
  const { electron, control } = createFakeElectron({
    platform,
    userData,
    isPackaged: options.isPackaged ?? true,
  })
  const proc = Object.assign(new EventEmitter(), { env: options.env ?? {} })
  const openWindow = vi.fn()
  const log = electronLog.create({ logId: `early-${path.basename(userData)}` })
  const early = setupEarlyDesktop(electron.app, {
    platform,
    process: proc as unknown as Pick<NodeJS.Process, 'on' | 'env'>,
    electronLog: log,
  })
  onTestFinished(() => setLogSink(null))
  return { early, electron, control, proc, openWindow, userData }
}

describe('setupEarlyDesktop', () => {
  it('sends every log line and the uncaught errors into the log file in the user data folder', () => {
    const { early, proc, userData } = setup()
    expect(early.logFile.file).toBe(path.join(userData, 'logs', 'paylight.log'))
    createLogger('monitor').info('check done', { light: 'green' })
    proc.emit('unhandledRejection', new Error('lost promise'))
    const text = readFileSync(early.logFile.file, 'utf8')
    expect(text).toMatch(/\[info\]\s+monitor: check done/)
    expect(text).toMatch(/\[error\]\s+process: unhandled rejection \{[^}]*lost promise/s)
  })

  it('holds a second launch until the app is ready, then opens the window once', () => {
    const { early, control, openWindow } = setup()
    control.secondInstance(['paylight'])
    expect(openWindow).not.toHaveBeenCalled()
    early.launches.ready(openWindow)
    expect(openWindow).toHaveBeenCalledTimes(1)
  })

  it('uses the smoke test’s folder and loopback sources only in an unpackaged build', () => {
    const smokeData = tempDir()
    const sources = JSON.stringify({
      sources: [
        {
          name: 'chatgpt',
          url: 'http://127.0.0.1:9/cdn-cgi/trace',
          kind: 'merchant',
          family: 'any',
          parser: 'cf-trace',
        },
      ],
      geo: [],
    })
    const env = { [SMOKE_USER_DATA_ENV]: smokeData, [SMOKE_SOURCES_ENV]: sources }
    const dev = setup({ env, isPackaged: false })
    expect(dev.electron.app.getPath('userData')).toBe(smokeData)
    expect(dev.early.logFile.folder).toBe(path.join(smokeData, 'logs'))
    expect(dev.early.smoke.sources?.sources.map((s) => s.name)).toEqual(['chatgpt'])
    const packaged = setup({ env, isPackaged: true })
    expect(packaged.early.smoke).toEqual({ userData: null, sources: null })
    expect(packaged.electron.app.getPath('userData')).toBe(packaged.userData)
  })
})
