/**
 * An in-app confirmation dialog: `await confirmDialog({...})` resolves true
 * only when the user confirms. Escape or Cancel resolve false. Mount
 * <ConfirmHost /> once (App does).
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'

export interface ConfirmRequest {
  title: string
  message: string
  confirmLabel: string
  danger?: boolean
}

interface Pending extends ConfirmRequest {
  resolve(ok: boolean): void
}

const useConfirm = create<{ pending: Pending | null }>(() => ({ pending: null }))

export function confirmDialog(request: ConfirmRequest): Promise<boolean> {
  useConfirm.getState().pending?.resolve(false)
  return new Promise((resolve) => useConfirm.setState({ pending: { ...request, resolve } }))
}

function answer(ok: boolean): void {
  const pending = useConfirm.getState().pending
  useConfirm.setState({ pending: null })
  pending?.resolve(ok)
}

export function ConfirmHost() {
  const { t } = useTranslation()
  const pending = useConfirm((s) => s.pending)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (pending && dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [pending])
  if (!pending) return null
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault()
        answer(false)
      }}
    >
      <h2 id="confirm-title">{pending.title}</h2>
      <p>{pending.message}</p>
      <div className="confirm-buttons">
        <button type="button" onClick={() => answer(false)}>
          {t('panel.cancel')}
        </button>
        <button type="button" className={pending.danger ? 'danger' : 'primary'} autoFocus onClick={() => answer(true)}>
          {pending.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
