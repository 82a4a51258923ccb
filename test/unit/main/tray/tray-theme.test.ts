import fc from 'fast-check'
import {
  parseSystemUsesLightTheme,
  PERSONALIZE_KEY,
  setupTrayTheme,
  trayBarIsDark,
} from '../../../../src/main/tray/tray-theme'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

const regOutput = (value: string) =>
  `\r\n${PERSONALIZE_KEY}\r\n    SystemUsesLightTheme    REG_DWORD    ${value}\r\n\r\n`

describe('parseSystemUsesLightTheme', () => {
  it('reads reg query output: 0x1 light, 0x0 dark, anything else unknown', () => {
    expect(parseSystemUsesLightTheme(regOutput('0x1'))).toBe(true)
    expect(parseSystemUsesLightTheme(regOutput('0x0'))).toBe(false)
    expect(parseSystemUsesLightTheme('')).toBeNull()
    expect(
      parseSystemUsesLightTheme(
        'ERROR: The system was unable to find the specified registry key or value.',
      ),
    ).toBeNull()
    expect(parseSystemUsesLightTheme(regOutput('0x1').replace('REG_DWORD', 'REG_SZ'))).toBeNull()
  })

  it('reads any DWORD as light exactly when it is non-zero, and never throws on junk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        expect(parseSystemUsesLightTheme(regOutput(`0x${n.toString(16)}`))).toBe(n !== 0)
      }),
    )
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const parsed = parseSystemUsesLightTheme(junk)
        expect(parsed === null || typeof parsed === 'boolean').toBe(true)
      }),
    )
  })
})

describe('trayBarIsDark', () => {
  it('on Windows trusts the taskbar value and defaults to dark; elsewhere follows nativeTheme', () => {
    expect(trayBarIsDark('win32', true, true)).toBe(false)
    expect(trayBarIsDark('win32', false, false)).toBe(true)
    expect(trayBarIsDark('win32', null, false)).toBe(true)
    expect(trayBarIsDark('darwin', null, true)).toBe(true)
    expect(trayBarIsDark('linux', true, false)).toBe(false)
  })
})

describe('setupTrayTheme', () => {
  it('asks the registry only on Windows, with a bound, and a failed read leaves the dark default', async () => {
    const { electron } = createFakeElectron({ platform: 'win32' })
    const run = vi.fn(async () => {
      throw new Error('reg timed out')
    })
    const onChange = vi.fn()
    const theme = setupTrayTheme({
      platform: 'win32',
      nativeTheme: electron.nativeTheme,
      run,
    })
    await theme.start(onChange)
    expect(run).toHaveBeenCalledWith(
      'reg',
      ['query', PERSONALIZE_KEY, '/v', 'SystemUsesLightTheme'],
      2000,
    )
    expect(theme.dark()).toBe(true)
    expect(onChange).toHaveBeenCalledTimes(1)

    const linux = createFakeElectron({ platform: 'linux', dark: true })
    const runLinux = vi.fn(async () => '')
    const other = setupTrayTheme({
      platform: 'linux',
      nativeTheme: linux.electron.nativeTheme,
      run: runLinux,
    })
    await other.start(onChange)
    expect(runLinux).not.toHaveBeenCalled()
    expect(other.dark()).toBe(true)
  })
})
