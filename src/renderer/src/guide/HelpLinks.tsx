import { useState, type MouseEvent } from 'react'
import { useT } from '../use-t'
import { openHelpLink } from './link-actions'

/** A help page to open: its address and its name in the reader's language. */
export interface HelpLink {
  readonly url: string
  readonly label: string
}

/**
 * The merchant's help pages, opened in the user's browser through main's allow-listed link opener
 * (the window itself never navigates away); a refused link says so instead of doing nothing.
 */
export function HelpLinks({ links, label }: { links: readonly HelpLink[]; label: string }) {
  const t = useT()
  const [refused, setRefused] = useState(false)
  if (links.length === 0) return null
  const open = async (event: MouseEvent<HTMLAnchorElement>, url: string) => {
    event.preventDefault()
    setRefused((await openHelpLink(url)) === false)
  }
  return (
    <nav className="guide-links" aria-label={label}>
      <span className="muted">{label}</span>
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url} onClick={(event) => void open(event, link.url)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {refused ? <p role="alert">{t('guidePage.linkRefused')}</p> : null}
    </nav>
  )
}
