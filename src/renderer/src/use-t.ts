import type { Lang } from '../../shared/geo/country'
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate'
import { useAppStore } from './store/app-store'

/** The UI language: main's resolved choice, or the browser's until main has answered. */
export function useLang(): Lang {
  return useAppStore((s) => s.app?.lang ?? (navigator.language.startsWith('zh') ? 'zh' : 'en'))
}

/** Translation bound to the current language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useLang()
  return (key, params) => translate(lang, key, params)
}
