import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftInfo, RecentEntry } from '../../shared/api'
import { call } from '../services/bridge'
import { openDocument, openRecent, restoreDraft } from './document-actions'
import { LanguagePicker } from './language-picker'
import { TemplatePicker } from './template-picker'

export function StartScreen() {
  const { t, i18n } = useTranslation()
  const [recent, setRecent] = useState<RecentEntry[]>([])
  const [drafts, setDrafts] = useState<DraftInfo[]>([])

  const refresh = useCallback(async () => {
    const [r, d] = await Promise.all([call('recent:list', {}), call('draft:list', {})])
    setRecent(r)
    setDrafts(d)
  }, [])

  useEffect(() => {
    // Runs once when the start screen appears: async work, state set afterwards.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh().catch(() => {})
  }, [refresh])

  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  return (
    <main className="start">
      <header className="start-header">
        <h1>{t('app.name')}</h1>
        <LanguagePicker />
      </header>

      {drafts.length > 0 && (
        <section className="recover" aria-labelledby="recover-heading" data-testid="recover">
          <h2 id="recover-heading">{t('start.recoverHeading')}</h2>
          <p>{t('start.recoverIntro')}</p>
          <ul>
            {drafts.map((d) => (
              <li key={d.draftId} data-draft={d.draftId}>
                <span className="draft-title">{d.title}</span>
                <span className="muted">
                  {d.displayPath ?? t('start.neverSaved')} · {t('start.savedAt', { time: time(d.savedAt) })}
                </span>
                <button type="button" className="primary" onClick={() => void restoreDraft(d.draftId)}>
                  {t('start.restore')}
                </button>
                <button
                  type="button"
                  className="quiet"
                  onClick={() => void call('draft:discard', { draftId: d.draftId }).then(refresh)}
                >
                  {t('start.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{t('start.heading')}</h2>
        <p className="muted">{t('start.subheading')}</p>
        <TemplatePicker />
        <button type="button" onClick={() => void openDocument()}>
          {t('start.open')}
        </button>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <>
            <ul className="recent">
              {recent.map((r) => (
                <li key={r.recentId}>
                  <button type="button" className="link" onClick={() => void openRecent(r.recentId)} title={r.displayPath}>
                    {r.name}
                  </button>
                  <span className="muted path">{r.displayPath}</span>
                </li>
              ))}
            </ul>
            <button type="button" className="quiet" onClick={() => void call('recent:clear', {}).then(refresh)}>
              {t('start.clearRecent')}
            </button>
          </>
        )}
      </section>
    </main>
  )
}
