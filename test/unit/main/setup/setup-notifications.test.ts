import fc from 'fast-check'
import { createNoticesFeature } from '../../../../src/main/features/notices/notices-feature'
import {
  MAX_LIVE_NOTIFICATIONS,
  setupNotifications,
} from '../../../../src/main/setup/setup-notifications'
import { noticeIdOfActivation, toastXml } from '../../../../src/main/setup/toast-xml'
import { latestUndelivered, type NoticeRecord } from '../../../../src/shared/notices'
import type { Lang } from '../../../../src/shared/country'
import {
  createFakeElectron,
  type FakeElectronOptions,
} from '../../../support/fake-electron/fake-electron-core.mjs'

/** Notices as index.ts wires them: the notices feature delivering through the fake's Notification. */
async function setup(options: FakeElectronOptions, lang: Lang = 'zh') {
  const { electron, control } = createFakeElectron(options)
  await electron.app.whenReady()
  const opened: (NoticeRecord | null)[] = []
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
    open: (notice) => {
      opened.push(notice)
      if (notice) notices.requestPage(notice.page)
    },
    lang: () => lang,
  })
  deliver = glue.deliver
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  return { notices, glue, control, opened, settle }
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
    const { notices, control, opened } = await setup({ platform: 'win32' })
    expect(control.hasActivationHandler()).toBe(true)
    const posted = notices.post(exitChanged)
    const toast = control.record.notifications[0]
    expect(toast?.options['toastXml']).toContain(`launch="paylight-notice=${posted.id}"`)
    // The instance click is left to handleActivation, so one click opens the window once.
    expect(toast?.listenerCount('click')).toBe(0)
    control.activateToast({ type: 'click', arguments: `paylight-notice=${posted.id}` })
    expect(opened).toEqual([posted])
    // A toast from before a restart: its notice is gone, the window still opens.
    control.activateToast({ type: 'click', arguments: 'paylight-notice=gone-1' })
    expect(opened.at(-1)).toBeNull()
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
          const xml = toastXml(id, title, body)
          const texts = [...xml.matchAll(/<text>([^<]*)<\/text>/g)].map((m) => m[1])
          expect(texts).toHaveLength(2)
          const launch = /launch="([^"]*)"/.exec(xml)?.[1] ?? ''
          expect(noticeIdOfActivation(launch)).toBe(id)
        },
      ),
    )
    expect(noticeIdOfActivation('something-else')).toBeNull()
  })
})
