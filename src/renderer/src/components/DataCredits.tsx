import { dataSources } from '../../../shared/view/data-licences'
import { useT } from '../use-t'

/** The data PayLight ships, with its licence and the credit its licence asks for (CC BY needs it in the app). */
export function DataCredits() {
  const t = useT()
  return (
    <section className="credits" aria-labelledby="credits-title">
      <h2 id="credits-title">{t('credits.title')}</h2>
      <p>{t('credits.intro')}</p>
      <ul>
        {dataSources.map((source) => (
          <li key={source.id}>
            <strong>{source.name}</strong> — {source.licence.name} · {source.version}
            <br />
            <span lang="en">{source.attribution}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
