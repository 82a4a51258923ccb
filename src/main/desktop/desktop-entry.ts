/**
 * Writing values of a freedesktop Desktop Entry (the spec's "Exec key" and "string" rules): an
 * autostart file PayLight writes for a path with spaces, quotes or `$` in it must start that very
 * file, not a word of it or a shell expansion.
 */

// The spec's reserved characters: an argument holding any of them must be quoted.
const RESERVED = /[ \t\n"'\\><~|&;$*?#()`]/
// Inside quotes these four are escaped with a backslash.
const QUOTE_ESCAPED = /["`$\\]/g
// Control characters (tab and newline included) have no place in a path or an argument we write.
const CONTROL = /[\p{Cc}]/u

/** One argument of an Exec value, as written in the file (string escaping applied last). */
export function execArgument(arg: string): string {
  if (arg === '' || CONTROL.test(arg))
    throw new Error('Exec argument is empty or has control characters')
  // A literal % is written %% (a lone % starts a field code such as %U).
  const percent = arg.replaceAll('%', '%%')
  const quoted = RESERVED.test(arg)
    ? `"${percent.replace(QUOTE_ESCAPED, (c) => `\\${c}`)}"`
    : percent
  // The string rules come on top: every backslash is doubled ("\\\\" is one literal backslash).
  return quoted.replaceAll('\\', '\\\\')
}

/** A whole Exec value: the program and its arguments. */
export function execLine(args: readonly string[]): string {
  return args.map(execArgument).join(' ')
}

/** A localestring / string value on one line (the spec's \n, \t, \r and \\ escapes). */
export function entryString(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r')
}
