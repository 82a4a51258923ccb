import { createNoticesFeature } from '../../../../src/main/features/notices/notices-feature'
import { setupSystemNotices } from '../../../../src/main/setup/setup-notifications'
import type { RunCommand } from '../../../../src/main/setup/run-command'
import type { NoticePage } from '../../../../src/shared/contract/notices'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

const notice = { title: { zh: '出口变了', en: 'Exit changed' }, body: { zh: '日本', en: 'Japan' } }

/** The system notices as index.ts connects them, on Linux with a session bus the test answers. */
async function setup(daemon: () => boolean) {
  const { electron, control } = createFakeElectron({ platform: 'linux' })
  await electron.app.whenReady()
  const run: RunCommand = async (_file, args) => {
    if (args.some((a) => a.endsWith('NameHasOwner'))) return daemon() ? '(true,)' : '(false,)'
    return "(['org.freedesktop.DBus'],)"
  }
  let deliver: (n: Parameters<ReturnType<typeof setupSystemNotices>>[0]) => void = () => undefined
  const notices = createNoticesFeature({
    now: Date.now,
    deliver: (n) => deliver(n),
    onChange: () => undefined,
  })
  const pages: NoticePage[] = []
  deliver = setupSystemNotices(electron as never, {
    platform: 'linux',
    run,
    lang: () => 'zh',
    services: { notices },
    openWindow: (page) => void pages.push(page),
  })
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20))
  return { control, notices, pages, settle }
}

describe('the system notices on Linux', () => {
  it('shows the notice in the window and the tray while no notification daemon is on the bus', async () => {
    let running = false
    const { control, notices, settle } = await setup(() => running)
    notices.post(notice)
    await settle()
    expect(control.record.notifications).toHaveLength(0)
    expect(notices.slice().notices[0]?.delivered).toBe(false)
    // A daemon starts later: asked again before the next notice, which goes to the system.
    running = true
    notices.post({ ...notice, page: 'checklist' })
    await settle()
    expect(control.record.notifications).toHaveLength(1)
    expect(notices.slice().notices[0]?.delivered).toBe(true)
  })

  it('opens the window on the notice’s page when it is clicked', async () => {
    const { control, notices, pages } = await setup(() => true)
    notices.post({ ...notice, page: 'session' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    control.clickNotification()
    expect(pages).toEqual(['session'])
  })
})
