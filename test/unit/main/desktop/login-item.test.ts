import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { execArgument, execLine } from '../../../../src/main/desktop/desktop-entry'
import { loginItem, startedAtLogin } from '../../../../src/main/desktop/login-item'
import {
  AUTOSTART_FILE,
  autostartDir,
  HIDDEN_ARG,
  xdgAutostart,
} from '../../../../src/main/desktop/xdg-autostart'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'
import { runs } from '../../../property/support'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-autostart-')

/**
 * The Exec key as a desktop reads it (the Desktop Entry spec, written independently of the
 * writer): string escapes first, then quoted arguments with \\-escapes, then %% → %.
 */
function readExec(value: string): string[] {
  const unescaped = value.replace(/\\([\\nstr])/g, (_m, c: string) =>
    c === '\\' ? '\\' : c === 'n' ? '\n' : c === 's' ? ' ' : c === 't' ? '\t' : '\r',
  )
  const args: string[] = []
  let i = 0
  while (i < unescaped.length) {
    if (unescaped[i] === ' ') {
      i += 1
      continue
    }
    let arg = ''
    if (unescaped[i] === '"') {
      i += 1
      while (unescaped[i] !== '"') {
        if (i >= unescaped.length) throw new Error('unterminated quote')
        if (unescaped[i] === '\\' && /["`$\\]/.test(unescaped[i + 1] ?? '')) i += 1
        arg += unescaped[i]
        i += 1
      }
      i += 1
    } else
      while (i < unescaped.length && unescaped[i] !== ' ') {
        if (/["'\\><~|&;$*?#()`]/.test(unescaped[i] ?? ''))
          throw new Error(`reserved character unquoted: ${unescaped[i]}`)
        arg += unescaped[i]
        i += 1
      }
    if (/%[^%]|%$/.test(arg.replaceAll('%%', ''))) throw new Error('stray field code')
    args.push(arg.replaceAll('%%', '%'))
  }
  return args
}

const execOf = (text: string) => readExec(/^Exec=(.*)$/m.exec(text)?.[1] ?? '')

describe('the XDG autostart entry (Linux), read back from the file written', () => {
  it('starts the AppImage file itself, quoted, with --hidden; removing it removes the file', async () => {
    const config = tempDir()
    const appImage = '/home/li lei/Apps/PayLight $1 "beta" 100%.AppImage'
    const autostart = xdgAutostart({
      env: { XDG_CONFIG_HOME: config, APPIMAGE: appImage },
      execPath: '/tmp/.mount_PayLigXYZ/paylight',
    })
    expect(autostart.file).toBe(path.join(config, 'autostart', AUTOSTART_FILE))
    expect(await autostart.state()).toEqual({ enabled: false, ours: true })
    expect(await autostart.set(true)).toBe(true)
    const text = readFileSync(autostart.file, 'utf8')
    expect(execOf(text)).toEqual([appImage, HIDDEN_ARG])
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/)
    expect(text).toContain('Name[zh_CN]=付款红绿灯\n')
    expect(await autostart.state()).toEqual({ enabled: true, ours: true })
    expect(await autostart.set(false)).toBe(true)
    expect(existsSync(autostart.file)).toBe(false)
  })

  it('starts the installed executable from a .deb, and follows an AppImage that moved', async () => {
    const config = tempDir()
    const deb = xdgAutostart({
      env: { XDG_CONFIG_HOME: config },
      execPath: '/opt/PayLight/paylight',
    })
    await deb.set(true)
    expect(execOf(readFileSync(deb.file, 'utf8'))).toEqual(['/opt/PayLight/paylight', '--hidden'])
    const moved = xdgAutostart({
      env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/u/PayLight-0.2.0.AppImage' },
      execPath: '/tmp/.mount_x/paylight',
    })
    await moved.set(true)
    expect(execOf(readFileSync(deb.file, 'utf8'))).toEqual([
      '/home/u/PayLight-0.2.0.AppImage',
      '--hidden',
    ])
  })

  it("never overwrites or removes the user's own entry of that name, and reads it", async () => {
    const config = tempDir()
    const dir = path.join(config, 'autostart')
    mkdirSync(dir, { recursive: true })
    const own = '[Desktop Entry]\nType=Application\nExec=/usr/local/bin/paylight\nHidden=true\n'
    writeFileSync(path.join(dir, AUTOSTART_FILE), own)
    const autostart = xdgAutostart({ env: { XDG_CONFIG_HOME: config }, execPath: '/opt/p' })
    expect(await autostart.state()).toEqual({ enabled: false, ours: false })
    expect(await autostart.set(true)).toBe(false)
    expect(await autostart.set(false)).toBe(false)
    expect(readFileSync(path.join(dir, AUTOSTART_FILE), 'utf8')).toBe(own)
  })

  it('uses ~/.config/autostart without (or with a relative) XDG_CONFIG_HOME', () => {
    expect(autostartDir({}, '/home/u')).toBe('/home/u/.config/autostart')
    expect(autostartDir({ XDG_CONFIG_HOME: 'rel' }, '/home/u')).toBe('/home/u/.config/autostart')
  })
})

describe('Exec quoting', () => {
  it('reads back every argument exactly, whatever characters a path holds', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((s) => !/[\p{Cc}]/u.test(s))
    fc.assert(
      fc.property(fc.array(printable, { minLength: 1, maxLength: 4 }), (args) => {
        expect(readExec(execLine(args))).toEqual(args)
      }),
      runs,
    )
  })

  it('writes plain paths as they are, and refuses control characters', () => {
    expect(execArgument('/opt/PayLight/paylight')).toBe('/opt/PayLight/paylight')
    expect(execArgument('a\\b c')).toBe('"a\\\\\\\\b c"')
    expect(() => execArgument('a\nb')).toThrow(/control/)
    expect(() => execArgument('')).toThrow()
  })
})

describe('loginItem', () => {
  it('Windows: a Run entry with --hidden, read back with the same arguments', async () => {
    const { electron, control } = createFakeElectron({ platform: 'win32' })
    const item = loginItem({ platform: 'win32', app: electron.app, linux: null as never })
    expect(await item.set(true)).toEqual({ enabled: true, needsApproval: false, canChange: true })
    expect(control.record.appCalls).toEqual([
      'setLoginItemSettings:{"openAtLogin":true,"args":["--hidden"]}',
    ])
    expect((await item.set(false)).enabled).toBe(false)
    expect(startedAtLogin('win32', ['PayLight.exe', '--hidden'], electron.app)).toBe(true)
    expect(startedAtLogin('win32', ['PayLight.exe'], electron.app)).toBe(false)
  })

  it('macOS: a login item, with approval in System Settings reported when needed', async () => {
    const { electron } = createFakeElectron({
      platform: 'darwin',
      loginItemStatus: 'requires-approval',
      openedAtLogin: true,
    })
    const item = loginItem({ platform: 'darwin', app: electron.app, linux: null as never })
    expect(await item.set(true)).toEqual({ enabled: true, needsApproval: true, canChange: true })
    expect(startedAtLogin('darwin', [], electron.app)).toBe(true)
  })

  it("Linux: Electron's login items do nothing there, so the autostart file decides", async () => {
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    electron.app.setLoginItemSettings({ openAtLogin: true })
    expect(electron.app.getLoginItemSettings().openAtLogin).toBe(false)
    const config = tempDir()
    const linux = xdgAutostart({
      env: { XDG_CONFIG_HOME: config },
      execPath: '/opt/PayLight/paylight',
    })
    const item = loginItem({ platform: 'linux', app: electron.app, linux })
    expect(await item.set(true)).toEqual({ enabled: true, needsApproval: false, canChange: true })
    expect(existsSync(linux.file)).toBe(true)
    expect(control.record.appCalls).toHaveLength(1)
    expect(startedAtLogin('linux', ['paylight', '--hidden'], electron.app)).toBe(true)
  })
})
