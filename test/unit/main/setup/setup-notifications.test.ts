import fc from 'fast-check'
import { createNoticesFeature } from '../../../../src/main/features/notices/notices-feature'
import {
  MAX_LIVE_NOTIFICATIONS,
  setupNotifications,
} from '../../../../src/main/setup/setup-notifications'
import {
  NOTIFICATIONS_BUS_NAME,
  watchNotificationDaemon,
} from '../../../../src/main/setup/notification-daemon'
import { toastTargetOf, toastXml } from '../../../../src/main/setup/toast-xml'
import {
  APP_USER_MODEL_ID,
  registerWindowsToasts,
  TOAST_ACTIVATOR_CLSID,
} from '../../../../src/main/setup/windows-toasts'
import { readFileSync } from 'node:fs'
import { latestUndelivered, type NoticeRecord } from '../../../../src/shared/contract/notices'
import type { Lang } from '../../../../src/shared/geo/country'
import {
  createFakeElectron,
  type FakeElectronOptions,
} from '../../../support/fake-electron/fake-electron-core.mjs'

/** Notices as index.ts wires them: the notices feature delivering through the fake's Notification. */
async function setup(
  options: FakeElectronOptions,
  lang: Lang = 'zh',
  systemCanShow?: () => boolean,
) {
  const { electron, control } = createFakeElectron(options)
  await electron.app.whenReady()
  const opened: (NoticeRecord | null)[] = []
  const pages: string[] = []
  let deliver: ((n: NoticeRecord) => void) | null = null
  const notices = createNoticesFeature({
    now: () => Date.parse('2026-11-26T10:00:00Z'),
    deliver: (n) => deliver?.(n),
    onChange: () => undefined,
  })
  const glue = setupNotifications({
    Notification: electron.Notification as never,
    platform: options.platform ?? 'linux',
    undelivered: notices.undelivered,
    find: notices.find,
    open: (notice, page) => {
      opened.push(notice)
      pages.push(page)
      notices.requestPage(page)
    },
    lang: () => lang,
    ...(systemCanShow ? { systemCanShow } : {}),
  })
  deliver = glue.deliver
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  return { notices, glue, control, opened, pages, settle }
}

const exitChanged = {
  title: { zh: '出口国家变了', en: 'Exit country changed' },
  body: { zh: '商户：美国 US → 日本 JP', en: 'Merchant: United States US → Japan JP' },
  page: 'checklist',
} as const

describe('setupNotifications', () => {
  it('falls back in-app when the system reports the notification failed (unsigned macOS app)', async () => {
    const { notices, control, settle, glue } = await setup({
      platform: 'darwin',
      notifications: 'failing',
    })
    const posted = notices.post(exitChanged)
    expect(control.record.notifications[0]?.shown).toBe(true)
    await settle()
    const slice = notices.slice()
    expect(latestUndelivered(slice.notices)).toMatchObject({
      id: posted.id,
      title: exitChanged.title,
    })
    expect(glue.held()).toBe(0)
  })

  it('falls back in-app at once where notifications are unsupported', async () => {
    const { notices, control } = await setup({ platform: 'linux', notifications: 'unsupported' })
    notices.post(exitChanged)
    expect(control.record.notifications).toHaveLength(0)
    expect(notices.slice().notices[0]?.delivered).toBe(false)
  })

  it('keeps a shown notification referenced until clicked, and a click opens its page', async () => {
    const { notices, control, opened, settle, glue } = await setup({ platform: 'darwin' })
    const posted = notices.post(exitChanged)
    await settle()
    expect(notices.slice().notices[0]?.delivered).toBe(true)
    expect(glue.held()).toBe(1)
    control.clickNotification()
    expect(opened).toEqual([posted])
    expect(notices.slice().ui.requestedPage).toEqual({ page: 'checklist', seq: expect.any(Number) })
    expect(glue.held()).toBe(0)
  })

  it('releases a closed notification, and holds no more than a bounded number', async () => {
    const { notices, control, glue } = await setup({ platform: 'linux' })
    notices.post(exitChanged)
    control.record.notifications[0]?.close()
    expect(glue.held()).toBe(0)
    for (let i = 0; i < MAX_LIVE_NOTIFICATIONS + 5; i += 1) notices.post(exitChanged)
    expect(glue.held()).toBe(MAX_LIVE_NOTIFICATIONS)
  })

  it('on Windows registers handleActivation and routes a toast click by its launch arguments', async () => {
    const { notices, control, opened, pages } = await setup({ platform: 'win32' })
    expect(control.hasActivationHandler()).toBe(true)
    const posted = notices.post(exitChanged)
    const toast = control.record.notifications[0]
    expect(toast?.options['toastXml']).toContain(
      `launch="paylight-notice=${posted.id}&amp;page=checklist"`,
    )
    // The instance click is left to handleActivation, so one click opens the window once.
    expect(toast?.listenerCount('click')).toBe(0)
    control.activateToast({
      type: 'click',
      arguments: `paylight-notice=${posted.id}&page=checklist`,
    })
    expect(opened).toEqual([posted])
    // A toast from before a restart: its notice is gone, its page still opens.
    control.activateToast({ type: 'click', arguments: 'paylight-notice=gone-1&page=session' })
    expect(opened.at(-1)).toBeNull()
    expect(pages).toEqual(['checklist', 'session'])
    // Arguments that are not ours open the window on its first page.
    control.activateToast({ type: 'click', arguments: 'type=click&tag=123' })
    expect(pages.at(-1)).toBe('status')
  })

  it('on Linux with no notification daemon, falls back in-app (no failed event would come)', async () => {
    const { notices, control } = await setup(
      { platform: 'linux', notifications: 'failing' },
      'zh',
      () => false,
    )
    notices.post(exitChanged)
    expect(control.record.notifications).toHaveLength(0)
    expect(notices.slice().notices[0]?.delivered).toBe(false)
  })

  it('without that check a Linux notice nobody shows would be lost silently (why the check exists)', async () => {
    const { notices, settle } = await setup({ platform: 'linux', notifications: 'failing' })
    notices.post(exitChanged)
    await settle()
    // Not marked undelivered: the window and tray would never show it.
    expect(notices.slice().notices[0]?.delivered).not.toBe(false)
  })

  it('shows the system notification in the language chosen now, the toast too', async () => {
    const { notices, control } = await setup({ platform: 'win32' }, 'en')
    notices.post(exitChanged)
    const toast = control.record.notifications[0]
    expect(toast?.options).toMatchObject({
      title: 'Exit country changed',
      body: 'Merchant: United States US → Japan JP',
    })
    expect(toast?.options['toastXml']).toContain('Exit country changed')
  })

  it('elsewhere does not call the Windows-only handleActivation', async () => {
    const { control } = await setup({ platform: 'darwin' })
    expect(control.hasActivationHandler()).toBe(false)
  })
})

describe('toastXml', () => {
  it('escapes any title and body, and its launch arguments give the id back', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.stringMatching(/^[a-z0-9-]{1,40}$/),
        (title, body, id) => {
          const xml = toastXml({ id, page: 'history' }, title, body)
          const texts = [...xml.matchAll(/<text>([^<]*)<\/text>/g)].map((m) => m[1])
          expect(texts).toHaveLength(2)
          const launch = (/launch="([^"]*)"/.exec(xml)?.[1] ?? '').replaceAll('&amp;', '&')
          expect(toastTargetOf(launch)).toEqual({ id, page: 'history' })
        },
      ),
    )
    expect(toastTargetOf('something-else')).toBeNull()
    expect(toastTargetOf('paylight-notice=a-1&page=nowhere')).toEqual({ id: 'a-1', page: 'status' })
  })
})

describe('Windows toasts keep working across restarts', () => {
  it('sets the fixed activator before the user model id, on Windows only', async () => {
    const win = createFakeElectron({ platform: 'win32' })
    registerWindowsToasts(win.electron.app, 'win32')
    expect(win.control.record.appCalls).toEqual([
      `setToastActivatorCLSID:${TOAST_ACTIVATOR_CLSID}`,
      `setAppUserModelId:${APP_USER_MODEL_ID}`,
    ])
    const mac = createFakeElectron({ platform: 'darwin' })
    registerWindowsToasts(mac.electron.app, 'darwin')
    expect(mac.control.record.appCalls).toEqual([])
  })

  it("uses the installer's app id, so toasts and the Start menu shortcut name the same app", () => {
    const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { appId: string }
    expect(APP_USER_MODEL_ID).toBe(config.appId)
  })
})

describe('watchNotificationDaemon', () => {
  const bus = (owned: string, activatable: string) =>
    vi.fn(async (_file: string, args: readonly string[]) =>
      args.some((a) => a.endsWith('NameHasOwner')) ? owned : activatable,
    )

  it('asks the session bus on Linux: owned or activatable can show, neither cannot', async () => {
    const none = watchNotificationDaemon('linux', bus('(false,)', "(['org.freedesktop.DBus'],)"))
    expect(none.canShow()).toBe(true)
    await none.refresh()
    expect(none.canShow()).toBe(false)
    const activatable = watchNotificationDaemon(
      'linux',
      bus('(false,)', `(['org.freedesktop.DBus', '${NOTIFICATIONS_BUS_NAME}'],)`),
    )
    await activatable.refresh()
    expect(activatable.canShow()).toBe(true)
    const running = watchNotificationDaemon('linux', bus('(true,)', '([],)'))
    await running.refresh()
    expect(running.canShow()).toBe(true)
  })

  it("leaves Electron's answer standing elsewhere and when the bus cannot be asked", async () => {
    const failing = vi.fn(async () => Promise.reject(new Error('ENOENT')))
    const linux = watchNotificationDaemon('linux', failing)
    await linux.refresh()
    expect(linux.canShow()).toBe(true)
    const mac = watchNotificationDaemon('darwin', failing)
    await mac.refresh()
    expect(failing).toHaveBeenCalledTimes(2)
    expect(mac.canShow()).toBe(true)
  })
})
