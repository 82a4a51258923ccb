import type { Lang } from '../country'

/** The colon after a label: full-width with no space in Chinese, ASCII and a space in English. */
export function labelColon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': '
}
