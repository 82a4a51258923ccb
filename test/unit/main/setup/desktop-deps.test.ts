import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { desktopDeps } from '../../../../src/main/setup/desktop-deps'
import { AUTOSTART_FILE } from '../../../../src/main/desktop/xdg-autostart'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-desktop-deps-')

/** The desktop deps over the fake Electron, in a packaged or unpackaged layout. */
function setup(
  platform: NodeJS.Platform,
  options: { isPackaged?: boolean; publish?: boolean } = {},
) {
  const resourcesPath = tempDir()
  if (options.publish)
    writeFileSync(path.join(resourcesPath, 'app-update.yml'), 'provider: github\n')
  const logFolder = path.join(tempDir(), 'logs')
  mkdirSync(logFolder)
  const config = tempDir()
  const { electron, control } = createFakeElectron({
    platform,
    isPackaged: options.isPackaged ?? true,
    version: '1.2.3',
  })
  const deps = desktopDeps(electron, {
    platform,
    resourcesDir: 'resources',
    logFolder,
    process: {
      env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/u/Apps/PayLight 1.2.3.AppImage' },
      execPath: '/tmp/.mount_PayLig/paylight',
      versions: process.versions,
      resourcesPath,
    },
  })
  return { deps, control, logFolder, config }
}

describe('desktopDeps', () => {
  it("takes the app's version and the shipped country database", () => {
    const { deps } = setup('linux')
    expect(deps.version).toBe('1.2.3')
    expect(deps.geoDbFile).toBe(path.join('resources', 'geo-whois-asn-country.mmdb'))
  })

  it('checks for updates only in a packaged build with a publish target', () => {
    expect(setup('linux', { publish: true }).deps.updates.configured).toBe(true)
    expect(setup('linux').deps.updates.configured).toBe(false)
    expect(setup('linux', { publish: true, isPackaged: false }).deps.updates.configured).toBe(false)
  })

  it('opens the log folder with shell.openPath and reports what it answered', async () => {
    const { deps, control, logFolder } = setup('win32')
    await expect(deps.openLogFolder()).resolves.toEqual({ ok: true })
    expect(control.record.openedPaths).toEqual([logFolder])
  })

  it('starts the AppImage itself at login on Linux, not the path inside its mount', async () => {
    const { deps, config } = setup('linux')
    await deps.loginItem?.set(true)
    const entry = readFileSync(path.join(config, 'autostart', AUTOSTART_FILE), 'utf8')
    expect(entry).toContain('Exec="/home/u/Apps/PayLight 1.2.3.AppImage" --hidden')
  })

  it('uses Electron’s login items on Windows, with --hidden', async () => {
    const { deps, control } = setup('win32')
    await expect(deps.loginItem?.set(true)).resolves.toMatchObject({ enabled: true })
    expect(control.record.appCalls).toContain(
      'setLoginItemSettings:{"openAtLogin":true,"args":["--hidden"]}',
    )
  })
})
