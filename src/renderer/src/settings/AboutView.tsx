import './desktop.css'
import { useEffect } from 'react'
import { dataSources } from '../../../shared/view/data-licences'
import type { AboutData } from '../../../shared/contract/desktop'
import { useDesktopStore } from '../store/desktop-store'
import { useT } from '../use-t'

// Until main answers, the shipped data is credited from the core's own list (its licence asks for
// that in the app), without dates.
const undated: readonly AboutData[] = dataSources.map((source) => ({
  id: source.id,
  name: source.name,
  version: source.version,
  date: null,
  licence: source.licence,
  attribution: source.attribution,
  links: source.links,
}))

/**
 * "关于付款红绿灯 / About PayLight": the version and its licence, what it runs on, and every data
 * set it ships with its version, the date of its data and its licence, credited as the licence asks.
 */
export function AboutView() {
  const t = useT()
  const about = useDesktopStore((s) => s.about)
  useEffect(() => void useDesktopStore.getState().loadAbout(), [])
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      {about ? (
        <>
          <p>
            <strong>{t('about.version', { version: about.app.version })}</strong> ·{' '}
            {t('about.licence')}
          </p>
          <p className="muted note">{t('about.runtime', about.runtime)}</p>
        </>
      ) : null}
      <h3 id="credits-title">{t('credits.title')}</h3>
      <p>{t('credits.intro')}</p>
      <ul aria-labelledby="credits-title">
        {(about?.data ?? undated).map((data) => (
          <li key={data.id}>
            <strong>{data.name}</strong> — {data.licence.name} · {data.version}
            {about
              ? ` · ${data.date ? t('about.data.date', { date: data.date }) : t('about.data.noDate')}`
              : null}
            <br />
            <span lang="en">{data.attribution}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
