import { useTranslation } from 'react-i18next'
import { useNotices, type Notice } from '../store/notice-store'
import { reloadFromDisk } from './document-actions'

/** Problems whose message from main names more than the translated line can (the damaged part, the versions). */
const DETAILED_CODES: ReadonlySet<string> = new Set(['invalid', 'too-new', 'read-failed', 'write-failed'])

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation()
  switch (notice.kind) {
    case 'problem':
      return (
        <>
          <strong>{t('errors.title')}</strong>
          {notice.problem.fileName ? ` — ${notice.problem.fileName}: ` : ': '}
          {t(`errors.${notice.problem.code}`, { ...notice.problem.params, defaultValue: notice.problem.message })}
          {/* Where the words above can't carry the file's specifics (which part is damaged, which versions), main's detail follows. */}
          {DETAILED_CODES.has(notice.problem.code) && <span className="notice-detail">{notice.problem.message}</span>}
        </>
      )
    case 'unexpected':
      return <>{t('errors.unexpected', { message: notice.message })}</>
    case 'repaired':
      return (
        <>
          {t('notices.repaired')}
          <ul>
            {notice.repairs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )
    case 'restored':
      return <>{t('notices.restoredDraft')}</>
    case 'saved':
      return <>{t('notices.saved', { file: notice.file })}</>
    case 'changed-on-disk':
      return <>{t('notices.changedOnDisk', { file: notice.file })}</>
    case 'opened-in-new-window':
      return <>{t('notices.openedInNewWindow')}</>
  }
}

export function NoticeBar() {
  const { t } = useTranslation()
  const { notices, dismiss } = useNotices()
  if (notices.length === 0) return null
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} data-notice={n.kind}>
          <div className="notice-text">
            <NoticeText notice={n} />
          </div>
          {n.kind === 'changed-on-disk' && (
            <button
              type="button"
              onClick={() => {
                dismiss(n.id)
                void reloadFromDisk()
              }}
            >
              {t('notices.reload')}
            </button>
          )}
          <button type="button" className="quiet" onClick={() => dismiss(n.id)}>
            {n.kind === 'changed-on-disk' ? t('notices.keepMine') : t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
