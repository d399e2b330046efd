import './csp-safe-zod'
import './fonts'
import './theme-vars'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { installActions } from './app/register-actions'
import { initialDocument } from './app/initial-document'
import { initI18n } from './i18n'

/** Test and bench seams only for ?test=1 / ?bench=1 (a separate chunk users never load). */
function testSeams(): void {
  const params = new URLSearchParams(location.search)
  if (params.get('test') === '1' || params.get('bench') === '1') void import('./testing').then((m) => m.installTestSeams(params))
}

async function start(): Promise<void> {
  testSeams()
  // Ask main for this window's document first: it travels while the UI loads.
  void initialDocument()
  await initI18n()
  installActions()
  // Fonts are bundled; wait for them so the first layout measures real glyphs.
  await document.fonts.ready
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
