import './csp-safe-zod'
import './fonts'
import './theme-vars'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initialDocument } from './app/initial-document'
import { initI18n } from './i18n'

async function start(): Promise<void> {
  // Ask main for this window's document first: it travels while the UI loads.
  void initialDocument()
  await initI18n()
  // Fonts are bundled; wait for them so the first layout measures real glyphs.
  await document.fonts.ready
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
