import type { KeyboardEvent } from 'react'

/** The id of a tab's button, which its panel points back to with `aria-labelledby`. */
export function tabId(name: string): string {
  return `tab-${name}`
}

/** The id of a tab's panel, which the selected tab points to with `aria-controls`. */
export function panelId(name: string): string {
  return `panel-${name}`
}

/** Which tab a navigation key moves to (wrapping at both ends), or null for other keys. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const at = tabs.indexOf(current)
  const step: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowLeft: at - 1,
    Home: 0,
    End: tabs.length - 1,
  }
  const next = step[key]
  return next === undefined ? null : (tabs[(next + tabs.length) % tabs.length] ?? null)
}

/**
 * The WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), arrows/Home/End move and
 * select (pages are cheap to switch), Enter and Space work as on any button. Data-driven, so a new
 * page is one more entry in the list.
 */
export function TabBar<T extends string>(props: {
  readonly tabs: readonly T[]
  readonly selected: T
  readonly label: (tab: T) => string
  readonly onSelect: (tab: T) => void
}) {
  const { tabs, selected, label, onSelect } = props
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(tabs, selected, event.key)
    if (next === null) return
    event.preventDefault()
    onSelect(next)
    document.getElementById(tabId(next))?.focus()
  }
  return (
    <div className="tabs" role="tablist" onKeyDown={onKeyDown}>
      {tabs.map((name) => {
        const on = name === selected
        return (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={on}
            // Only the selected tab's panel is in the page (the others load on first use).
            aria-controls={on ? panelId(name) : undefined}
            tabIndex={on ? 0 : -1}
            onClick={() => onSelect(name)}
          >
            {label(name)}
          </button>
        )
      })}
    </div>
  )
}
