import { alertsEn } from './alerts.en'
import { alertsZh } from './alerts.zh'
import { appEn } from './app.en'
import { appZh } from './app.zh'
import { merchantEn } from './merchant.en'
import { merchantZh } from './merchant.zh'
import { checklistEn } from './checklist.en'
import { checklistZh } from './checklist.zh'
import { desktopEn } from './desktop.en'
import { desktopZh } from './desktop.zh'
import { guidePageEn } from './guide-page.en'
import { guidePageZh } from './guide-page.zh'
import { noticesEn } from './notices.en'
import { noticesZh } from './notices.zh'
import { headlineEn } from './headline.en'
import { headlineZh } from './headline.zh'
import { historyEn } from './history.en'
import { historyZh } from './history.zh'
import { profileEn } from './profile.en'
import { profileZh } from './profile.zh'
import { settingsEn } from './settings.en'
import { sessionEn } from './session.en'
import { sessionZh } from './session.zh'
import { settingsZh } from './settings.zh'
import { statusEn } from './status.en'
import { storageEn } from './storage.en'
import { storageZh } from './storage.zh'
import { statusZh } from './status.zh'
import { trayEn } from './tray.en'
import { trayZh } from './tray.zh'
import { verdictEn } from './verdict.en'
import { verdictZh } from './verdict.zh'

/**
 * Every feature's messages, one pair of files per feature, joined here so a new feature adds its
 * own pair and one line to each list instead of editing a shared table. Chinese is the reference:
 * each English file is typed against its Chinese keys.
 */
export const featureMessages = {
  app: { zh: appZh, en: appEn },
  tray: { zh: trayZh, en: trayEn },
  status: { zh: statusZh, en: statusEn },
  verdict: { zh: verdictZh, en: verdictEn },
  headline: { zh: headlineZh, en: headlineEn },
  checklist: { zh: checklistZh, en: checklistEn },
  guidePage: { zh: guidePageZh, en: guidePageEn },
  profile: { zh: profileZh, en: profileEn },
  settings: { zh: settingsZh, en: settingsEn },
  notices: { zh: noticesZh, en: noticesEn },
  merchant: { zh: merchantZh, en: merchantEn },
  alerts: { zh: alertsZh, en: alertsEn },
  session: { zh: sessionZh, en: sessionEn },
  history: { zh: historyZh, en: historyEn },
  storage: { zh: storageZh, en: storageEn },
  desktop: { zh: desktopZh, en: desktopEn },
} as const

/** 简体中文, the default language: most PayLight users read Chinese first. */
export const zh = {
  ...appZh,
  ...trayZh,
  ...statusZh,
  ...verdictZh,
  ...headlineZh,
  ...checklistZh,
  ...guidePageZh,
  ...profileZh,
  ...settingsZh,
  ...noticesZh,
  ...merchantZh,
  ...alertsZh,
  ...sessionZh,
  ...historyZh,
  ...storageZh,
  ...desktopZh,
} as const

/** The message keys every language must provide. */
export type MessageKey = keyof typeof zh

/** English, for users whose system is not set to Chinese; typed so no key can be left out. */
export const en: Readonly<Record<MessageKey, string>> = {
  ...appEn,
  ...trayEn,
  ...statusEn,
  ...verdictEn,
  ...headlineEn,
  ...checklistEn,
  ...guidePageEn,
  ...profileEn,
  ...settingsEn,
  ...noticesEn,
  ...merchantEn,
  ...alertsEn,
  ...sessionEn,
  ...historyEn,
  ...storageEn,
  ...desktopEn,
}
