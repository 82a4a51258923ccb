import { runCommand } from '../../../../src/main/setup/run-command'
import { detectTrayVisibility, trayVisibility } from '../../../../src/main/tray/tray-visibility'

describe('trayVisibility', () => {
  it('expects no tray on GNOME unless an AppIndicator extension is enabled', () => {
    expect(
      trayVisibility('GNOME', "['user-theme@gnome-shell-extensions.gcampax.github.com']"),
    ).toBe('likely-invisible')
    expect(
      trayVisibility('ubuntu:GNOME', "['ubuntu-appindicators@ubuntu.com', 'ding@rastersoft.com']"),
    ).toBe('visible')
    expect(trayVisibility('GNOME', "['appindicatorsupport@rgcjonas.gmail.com']")).toBe('visible')
    // Cannot tell (gsettings missing or failing): the window stands in.
    expect(trayVisibility('GNOME', null)).toBe('likely-invisible')
  })

  it('trusts other desktops and anything not GNOME to show tray icons', () => {
    for (const desktop of ['KDE', 'XFCE', 'X-Cinnamon', 'MATE', 'GNOME-Flashback:Unity', undefined])
      expect(trayVisibility(desktop, null)).toBe('visible')
  })
})

describe('detectTrayVisibility', () => {
  it('asks gsettings only on Linux GNOME', async () => {
    const run = vi.fn(async () => "['ubuntu-appindicators@ubuntu.com']\n")
    expect(await detectTrayVisibility('darwin', { XDG_CURRENT_DESKTOP: 'GNOME' }, run)).toBe(
      'visible',
    )
    expect(await detectTrayVisibility('linux', { XDG_CURRENT_DESKTOP: 'KDE' }, run)).toBe('visible')
    expect(run).not.toHaveBeenCalled()
    expect(await detectTrayVisibility('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, run)).toBe(
      'visible',
    )
    expect(run).toHaveBeenCalledWith(
      'gsettings',
      ['get', 'org.gnome.shell', 'enabled-extensions'],
      2000,
    )
    const failing = vi.fn(async () => Promise.reject(new Error('ENOENT')))
    expect(await detectTrayVisibility('linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, failing)).toBe(
      'likely-invisible',
    )
  })
})

describe('runCommand', () => {
  it('rejects a command that outlives its time-out, and answers with stdout otherwise', async () => {
    await expect(
      runCommand(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], 200),
    ).rejects.toThrow()
    await expect(
      runCommand(process.execPath, ['-e', 'process.stdout.write("ok")'], 5000),
    ).resolves.toBe('ok')
  })
})
