// Screenshots of the status page for the README and for reviewing layouts: Chinese and English,
// light and dark, at 360, 640 and 1100 px, from the built renderer in Chromium with the real
// main-process services and fake network sources (the e2e harness). Run `npm run build` first.
//   npm run screenshots            → docs/screenshots/
//   npm run screenshots -- OUT_DIR → OUT_DIR
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { startE2eApp, US } from '../test/support/e2e-harness'
import { usProfile } from '../test/support/profiles'

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots')
const widths = [360, 640, 1100] as const
const schemes = ['light', 'dark'] as const
const languages = [
  { lang: 'zh', ready: '立即检查', switchTo: 'English' },
  { lang: 'en', ready: 'Check now', switchTo: '中文' },
] as const

mkdirSync(outDir, { recursive: true })
const app = await startE2eApp()
try {
  const { page } = app
  // A saved US card while the IPv6 exit leaves in China: a red light with its reasons.
  await app.services.ipc.saveProfile(usProfile())
  await page.getByText(US).first().waitFor()
  for (const { lang, ready, switchTo } of languages) {
    await page.getByRole('button', { name: ready }).waitFor()
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme })
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 })
        const file = path.join(outDir, `status-${lang}-${colorScheme}-${width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
      }
    }
    await page.getByRole('button', { name: switchTo }).click()
  }
} finally {
  await app.close()
}
