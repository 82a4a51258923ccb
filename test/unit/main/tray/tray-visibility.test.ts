import { runCommand } from '../../../../src/main/setup/run-command'
import {
  detectTrayVisibility,
  STATUS_NOTIFIER_WATCHER,
  trayVisibility,
} from '../../../../src/main/tray/tray-visibility'
import {
  busNameHasOwner,
  busNameIsActivatable,
  parseBusBoolean,
  parseBusNames,
} from '../../../../src/main/setup/session-bus'

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

/** A machine whose session bus answers NameHasOwner with `owned` (gdbus's format), or has no bus tools. */
const machine = (owned: boolean | null, extensions: string | null) =>
  vi.fn(async (file: string, args: readonly string[]) => {
    if (file === 'gsettings' && extensions !== null) return extensions
    if (file === 'gdbus' && owned !== null && args.includes(STATUS_NOTIFIER_WATCHER))
      return `(${owned},)\n`
    throw new Error(`ENOENT ${file}`)
  })

describe('detectTrayVisibility', () => {
  it('stock Ubuntu: the AppIndicator host owns the watcher on the bus, whatever enabled-extensions says', async () => {
    // Ubuntu enables its extension through the session mode: the key lists only the user's own.
    const run = machine(true, "['ding@rastersoft.com']")
    expect(await detectTrayVisibility('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, run)).toBe(
      'visible',
    )
    expect(run).toHaveBeenCalledWith(
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        STATUS_NOTIFIER_WATCHER,
      ],
      2000,
    )
    expect(run).not.toHaveBeenCalledWith('gsettings', expect.anything(), expect.anything())
  })

  it('falls back to the enabled extensions when nobody owns the watcher or the bus cannot be asked', async () => {
    const env = { XDG_CURRENT_DESKTOP: 'GNOME' }
    expect(await detectTrayVisibility('linux', env, machine(false, "['dash-to-dock@x']"))).toBe(
      'likely-invisible',
    )
    expect(
      await detectTrayVisibility('linux', env, machine(null, "['appindicatorsupport@rgcjonas']")),
    ).toBe('visible')
    expect(await detectTrayVisibility('linux', env, machine(null, null))).toBe('likely-invisible')
  })

  it('asks gsettings only on Linux GNOME', async () => {
    const run = vi.fn(async (file: string) =>
      file === 'gsettings'
        ? "['ubuntu-appindicators@ubuntu.com']\n"
        : Promise.reject(new Error('ENOENT')),
    )
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

describe('the session bus answers', () => {
  it('reads gdbus and dbus-send replies, and nothing else', () => {
    expect(parseBusBoolean('(true,)\n')).toBe(true)
    expect(parseBusBoolean('(false,)')).toBe(false)
    const send =
      'method return time=1.2 sender=org.freedesktop.DBus -> destination=:1.9 serial=3 reply_serial=2\n   boolean true\n'
    expect(parseBusBoolean(send)).toBe(true)
    expect(parseBusBoolean('Error: org.freedesktop.DBus.Error.ServiceUnknown')).toBeNull()
    expect(parseBusNames("(['org.freedesktop.DBus', 'org.freedesktop.Notifications'],)")).toEqual([
      'org.freedesktop.DBus',
      'org.freedesktop.Notifications',
    ])
    expect(parseBusNames('array [\n string "org.freedesktop.DBus"\n string "a.b"\n]')).toEqual([
      'org.freedesktop.DBus',
      'a.b',
    ])
  })

  it('uses dbus-send where gdbus is missing, and says "cannot tell" when neither answers', async () => {
    const sendOnly = vi.fn(async (file: string) => {
      if (file === 'dbus-send') return '   boolean false\n'
      throw new Error('ENOENT')
    })
    expect(await busNameHasOwner(sendOnly, 'a.b')).toBe(false)
    expect(sendOnly).toHaveBeenLastCalledWith(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        'string:a.b',
      ],
      2000,
    )
    const none = vi.fn(async () => Promise.reject(new Error('ENOENT')))
    expect(await busNameHasOwner(none, 'a.b')).toBeNull()
    expect(await busNameIsActivatable(none, 'a.b')).toBeNull()
  })
})
