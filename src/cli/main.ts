// `npm run check` / `paylight-check`: one PayLight check on plain Node with the same core as the app.
// Only argument parsing loads up front, so `--help` and usage errors answer at once.
import { exitCodes, parseCliArgs } from './args'
import { cliLang, usage } from './usage'

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv)
  if (!parsed.ok) {
    const lang = cliLang(argv, process.env)
    if (parsed.help) process.stdout.write(`${parsed.message[lang]}\n`)
    else {
      // A usage error quotes what was typed (an option's name, a merchant): never a card number.
      const { maskCardNumbers } = await import('../shared/profile/card-text-scan')
      process.stderr.write(`${maskCardNumbers(parsed.message[lang])}\n\n${usage[lang]}\n`)
    }
    return parsed.help ? exitCodes.ok : exitCodes.usage
  }
  const { runCommand } = await import('./run')
  return runCommand(parsed.options)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`check failed: ${String(error)}\n`)
    process.exitCode = exitCodes.nothing
  },
)
