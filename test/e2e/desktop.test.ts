import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { desktopDeps } from '../../src/main/setup/desktop-deps'
import { AUTOSTART_FILE } from '../../src/main/desktop/xdg-autostart'
import { createProfileStore } from '../../src/node/profile-store'
import { axeProblems, horizontalOverflow } from '../support/axe-page'
import { browserSuite, chromiumPath } from '../support/browser'
import { screenshotDir, startE2eApp, US, type E2eApp } from '../support/e2e-harness'
import { fakeCipher, promptingCipher, savedProfileIds } from '../support/fake-cipher'
import { createFakeElectron } from '../support/fake-electron/fake-electron-core.mjs'
import { usProfile } from '../support/profiles'

const title = 'the desktop in Chromium: start at login, the log folder, updates, About, unlocking'
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version
const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version
const chromeVersion = /\d+(\.\d+)+/.exec(
  execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
)?.[0]

/**
 * The desktop glue's own deps (setup/desktop-deps.ts) over a fake Electron on Linux: start at
 * login writes a real XDG autostart file under the test's data folder, the log folder is a real
 * folder, the About view reads the shipped country database.
 */
function linuxDesktop(opened: string[]) {
  return (dataDir: string) => {
    const { electron, control } = createFakeElectron({ platform: 'linux', version: packageVersion })
    const logFolder = path.join(dataDir, 'logs')
    mkdirSync(logFolder, { recursive: true })
    const deps = desktopDeps(electron, {
      platform: 'linux',
      resourcesDir: 'resources',
      logFolder,
      process: {
        env: { XDG_CONFIG_HOME: path.join(dataDir, 'config') },
        execPath: '/opt/PayLight/paylight',
        versions: {
          ...process.versions,
          electron: electronVersion,
          ...(chromeVersion ? { chrome: chromeVersion } : {}),
        },
        resourcesPath: dataDir,
      },
    })
    return {
      ...deps,
      openLogFolder: async () => {
        const reply = await deps.openLogFolder()
        opened.push(...control.record.openedPaths.splice(0))
        return reply
      },
    }
  }
}

const autostartFile = (app: E2eApp) => path.join(app.dataDir, 'config', 'autostart', AUTOSTART_FILE)
/** Whether the settings file on disk remembers that start at login was offered. */
const offerRemembered = (app: E2eApp): boolean => {
  const file = path.join(app.dataDir, 'settings.json')
  if (!existsSync(file)) return false
  const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  return settings['startAtLoginOffered'] === true
}

async function openSettings(page: Page, tab = '设置') {
  await page.getByRole('tab', { name: tab, exact: true }).click()
  await page.getByRole('region', { name: /关于付款红绿灯|About PayLight/ }).waitFor()
}

browserSuite(title, () => {
  let app: E2eApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('offers start at login on first run; accepting writes the autostart entry, and it is never asked again', async () => {
    app = await startE2eApp({ desktop: linuxDesktop([]) })
    const { page } = app
    const offer = page.getByRole('region', { name: '开机时启动付款红绿灯？' })
    await offer.waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'start-at-login-offer-zh.png') })
    expect(await axeProblems(page)).toEqual([])
    await offer.getByRole('button', { name: '开机时启动' }).click()
    await offer.waitFor({ state: 'detached' })
    expect(readFileSync(autostartFile(app), 'utf8')).toContain(
      'Exec=/opt/PayLight/paylight --hidden',
    )
    // The offer goes once the system said yes; the settings file follows.
    await expect.poll(() => offerRemembered(app!)).toBe(true)
    // Reopened: the offer stays away, and Settings shows start at login on.
    await page.reload()
    await page.getByText(US).first().waitFor()
    expect(await offer.count()).toBe(0)
    await openSettings(page)
    expect(await page.getByRole('switch', { name: '开机时启动' }).isChecked()).toBe(true)
  })

  it('is dismissed once and for all with "不用了", turning nothing on', async () => {
    app = await startE2eApp({ desktop: linuxDesktop([]) })
    const { page } = app
    const offer = page.getByRole('region', { name: '开机时启动付款红绿灯？' })
    await offer.getByRole('button', { name: '不用了' }).click()
    await offer.waitFor({ state: 'detached' })
    expect(existsSync(autostartFile(app))).toBe(false)
    await expect.poll(() => offerRemembered(app!)).toBe(true)
  })

  it('Settings: start at login as the system has it, the log folder, updates, and About', async () => {
    const opened: string[] = []
    app = await startE2eApp({ desktop: linuxDesktop(opened) })
    const { page } = app
    await page
      .getByRole('region', { name: '开机时启动付款红绿灯？' })
      .getByRole('button', { name: '不用了' })
      .click()
    await openSettings(page)
    const toggle = page.getByRole('switch', { name: '开机时启动' })
    expect(await toggle.isChecked()).toBe(false)
    // The switch shows what the system says once it has answered, not the click itself.
    await toggle.click()
    await expect.poll(() => toggle.isChecked()).toBe(true)
    expect(existsSync(autostartFile(app))).toBe(true)
    await toggle.click()
    await expect.poll(() => toggle.isChecked()).toBe(false)
    expect(existsSync(autostartFile(app))).toBe(false)

    await page.getByRole('button', { name: '打开日志文件夹' }).click()
    await expect.poll(() => opened).toEqual([path.join(app.dataDir, 'logs')])
    expect(await page.getByText('没能打开日志文件夹。').count()).toBe(0)

    await page.getByRole('button', { name: '检查更新' }).click()
    await page
      .getByRole('status', { name: '检查更新' })
      .getByText('此版本没有配置更新来源，不会检查更新')
      .waitFor()

    const about = page.getByRole('region', { name: '关于付款红绿灯' })
    await about.getByText(`版本 ${packageVersion}`).waitFor()
    await about.getByText(new RegExp(`Electron ${electronVersion}`)).waitFor()
    const geo = about.getByRole('listitem').filter({ hasText: 'geo-whois-asn-country' })
    expect(await geo.innerText()).toMatch(/CC BY 4\.0 .* 数据日期：\d{4}-\d{2}-\d{2}/)
  })

  it('Settings and About in Chinese and English, light and dark, at 360 and 1100 px', async () => {
    app = await startE2eApp({ desktop: linuxDesktop([]) })
    const { page } = app
    await page
      .getByRole('region', { name: '开机时启动付款红绿灯？' })
      .getByRole('button', { name: '不用了' })
      .click()
    const found: string[] = []
    for (const { lang, tab, switchTo } of [
      { lang: 'zh', tab: '设置', switchTo: 'English' },
      { lang: 'en', tab: 'Settings', switchTo: '中文' },
    ]) {
      await openSettings(page, tab)
      await page.getByRole('switch').waitFor()
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        for (const width of [360, 1100]) {
          await page.setViewportSize({ width, height: 900 })
          expect(await horizontalOverflow(page), `${lang} ${colorScheme} ${width}`).toBe(0)
          for (const p of await axeProblems(page)) found.push(`${lang} ${colorScheme}: ${p.id}`)
          await page.screenshot({
            path: path.join(screenshotDir, `settings-${lang}-${colorScheme}-${width}.png`),
            fullPage: true,
          })
        }
      }
      await page.getByRole('button', { name: switchTo }).click()
    }
    expect(found).toEqual([])
  })

  it('starts without waiting on the keychain: checks run, "unlocking" is listed, then the card joins', async () => {
    const keychain = promptingCipher()
    app = await startE2eApp({
      profilesPending: true,
      cipher: keychain.cipher,
      // A saved US card, as an earlier run left it: the file exists, the keychain has to open it.
      prepareData: async (dir) => {
        const earlier = createProfileStore(dir, fakeCipher())
        const saved = await earlier.save({ schema: 3, activeId: 'main', profiles: [usProfile()] })
        expect(saved).toEqual({ ok: true })
      },
    })
    const { page } = app
    await page.getByText(US).first().waitFor()
    // The network needs no card: its red (the IPv6 exit in China) leads; the wait is listed below.
    await page.getByText(/^红灯 · IPv6 出口在中国/).waitFor()
    await page.getByText('正在解锁卡片资料…').first().waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'unlocking-zh.png'), fullPage: true })
    expect(keychain.asked()).toBe(1)
    // The profile tab has no empty form to overwrite the saved one with, only the wait.
    await page.getByRole('tab', { name: '卡片资料' }).click()
    await page.getByRole('status').getByText('正在解锁卡片资料…').waitFor()
    // A save sent meanwhile (as the window sends it) waits for the file, then adds to it.
    const work = { ...usProfile(), id: 'work', label: 'Work card' }
    const saving = page.evaluate(
      (profile) =>
        (
          window as unknown as { paylight: { saveProfile(p: unknown): Promise<unknown> } }
        ).paylight.saveProfile(profile),
      work,
    )
    keychain.unlock()
    await expect(saving).resolves.toEqual({ ok: true })
    await expect(savedProfileIds(app.dataDir)).resolves.toEqual(['main', 'work'])
    await page.getByRole('button', { name: '保存' }).waitFor()
    await page.getByRole('tab', { name: '状态' }).click()
    await page.getByText(/^红灯 · /).waitFor()
    expect(await page.getByText('正在解锁卡片资料…').count()).toBe(0)
  })
})
