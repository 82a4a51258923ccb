import { Header } from './components/Header'
import { StatusPage } from './pages/StatusPage'
import { useLang } from './use-t'

/** The window: header with the light, then the status page. */
export function App() {
  const lang = useLang()
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <StatusPage />
    </div>
  )
}
