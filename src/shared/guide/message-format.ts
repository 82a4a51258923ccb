/** Message parameters; `{name}` in a template is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>

/** Fills `{name}` placeholders; a missing parameter stays visible rather than silently blank. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}
