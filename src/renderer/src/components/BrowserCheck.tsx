import { useShallow } from 'zustand/react/shallow'
import { browserCheck } from '../../../shared/view/browser-check'
import { openHelpLink } from '../guide/link-actions'
import { useAppStore } from '../store/app-store'
import { useT } from '../use-t'

/**
 * On green: PayLight's checks follow the system proxy, and the browser the user pays with may not
 * (an extension such as SwitchyOmega, another browser). One line saying so, and a button that opens
 * the merchant's own trace page in that browser, with the `ip=` and `loc=` it should show.
 */
export function BrowserCheck() {
  const t = useT()
  const { monitor, settings } = useAppStore(
    useShallow((s) => ({ monitor: s.app?.monitor, settings: s.app?.settings })),
  )
  const check = monitor && settings ? browserCheck({ monitor, settings }) : null
  if (!check) return null
  return (
    <div className="browser-check">
      <p className="muted">{t('next.browser.why')}</p>
      <p>
        <button type="button" onClick={() => void openHelpLink(check.url)}>
          {t('next.browser.open')}
        </button>{' '}
        {t('next.browser.compare', {
          ips: check.ips.join(t('next.browser.or')),
          country: check.country ?? '?',
        })}
      </p>
    </div>
  )
}
