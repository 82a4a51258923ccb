import type { Lang } from '../shared/geo/country'
import { langFromLocale, type Bilingual } from '../shared/i18n/translate'

/** The help text in both languages: a Chinese locale gets Chinese help, as it gets a Chinese report. */
export const usage: Bilingual = {
  en: `Usage: npm run check -- [options]

Runs one PayLight check on plain Node and prints a report.

Options:
  --json               print the observation (and the verdict, with --profile) as JSON
  --sources FILE       replace the source list (JSON: an array of sources, or {"sources": [...], "geo": [...]})
  --profile FILE       evaluate the card profile in FILE against the check
  --observation FILE   evaluate a saved observation instead of looking anything up
  --context FILE       verdict context (now, intervalMs, sleptAt, lastCheckFailed, exitChangedAt, timeZone,
                       merchants, cooldownUntil, cooldownDeclines, exitChanges24h)
  --as-of-observation  evaluate the saved observation as of its own checkedAt (default: now, so old evidence is stale)
  --merchant NAME      merchant to check for: openai (default) or anthropic; repeat or use a comma list
  --no-cross-check     do not ask an online geolocation service
  --timeout MS         per-request time-out (default 8000)
  --lang zh|en         report language (default: from LANG)
  --explain "TEXT"     explain a payment error message or decline code instead of checking
  -h, --help           show this help

Exit codes: --explain: 0 recognised, 1 not recognised. Otherwise: 0 observed (with --profile: green), 1 yellow, 2 red, 3 nothing observed / grey, 64 usage error.
HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured.`,
  zh: `用法：npm run check -- [选项]

在普通 Node 上做一次 PayLight 检查，并打印报告。

选项：
  --json               以 JSON 输出观测结果（带 --profile 时也输出判断）
  --sources FILE       替换查询来源列表（JSON：来源数组，或 {"sources": [...], "geo": [...]}）
  --profile FILE       用 FILE 里的卡片资料对照这次检查
  --observation FILE   评估保存下来的观测结果，不再联网查询
  --context FILE       判断所需的上下文（now、intervalMs、sleptAt、lastCheckFailed、exitChangedAt、timeZone、
                       merchants、cooldownUntil、cooldownDeclines、exitChanges24h）
  --as-of-observation  按观测结果自己的 checkedAt 时间评估（默认按现在，旧结果算过期）
  --merchant NAME      要检查的商户：openai（默认）或 anthropic；可重复，也可用逗号分隔
  --no-cross-check     不向在线地理位置服务核对
  --timeout MS         每个请求的超时（默认 8000 毫秒）
  --lang zh|en         报告语言（默认按 LANG）
  --explain "TEXT"     解释一条付款错误信息或拒付代码，不做检查
  -h, --help           显示本帮助

退出码：--explain：0 已识别，1 未识别。其他情况：0 已观测（带 --profile 时为绿灯），1 黄灯，2 红灯，3 什么都没测到 / 灰灯，64 用法错误。
支持 HTTPS_PROXY / HTTP_PROXY / NO_PROXY 环境变量。`,
}

/**
 * The language of everything the CLI prints, decided before the arguments are checked so that even
 * a usage error speaks the user's language: `--lang`, else LC_ALL / LANG, else the system locale.
 */
export function cliLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const given =
    index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.slice(7) : argv[index + 1]
  if (given === 'zh' || given === 'en') return given
  const locale = [env['LC_ALL'], env['LANG']].find((value) => value !== undefined && value !== '')
  return langFromLocale(locale ?? Intl.DateTimeFormat().resolvedOptions().locale)
}
