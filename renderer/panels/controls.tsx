/** Small form controls shared by the panels. */
import { useState, type InputHTMLAttributes, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyMap, Project } from '../../shared/model'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'

/** The map the board shows: the active one, or the first when none (or a deleted one) is set. */
export function activeMap(project: Project | null, activeMapId: string | null): JourneyMap | null {
  if (!project) return null
  return project.maps.find((m) => m.id === activeMapId) ?? project.maps[0] ?? null
}

export function useActiveMap(): JourneyMap | null {
  const project = useDocument((s) => s.project)
  const activeMapId = useBoard((s) => s.activeMapId)
  return activeMap(project, activeMapId)
}

/** Numbers in the UI language's digits (Persian digits in Persian). */
export function useFormatNumber(): (n: number) => string {
  const { i18n } = useTranslation()
  return (n) => n.toLocaleString(i18n.language)
}

type CommitInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  value: string
  /** Called with the edited text on blur or Enter, only when it changed. */
  onCommit(value: string): void
  /** Refuse empty text (names): an emptied field goes back to the old value. */
  required?: boolean
}

/**
 * A text field that edits locally and commits on blur or Enter (one undo step
 * per edit, not per keystroke); Escape puts the stored value back. It follows
 * the stored value when that changes from elsewhere (undo, another field).
 */
export function CommitInput({ value, onCommit, required, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = (text: string) => {
    setDraft(null)
    const next = required ? text.trim() : text
    if (required && !next) return
    if (next !== value) onCommit(next)
  }
  return (
    <input
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return
        if (e.key === 'Enter') {
          e.preventDefault()
          commit(e.currentTarget.value)
        } else if (e.key === 'Escape' && draft !== null) {
          e.preventDefault()
          e.stopPropagation()
          setDraft(null)
        }
      }}
    />
  )
}

/** An inline "name + Add" row that replaces an "Add …" button while open. */
export function InlineAdd({
  label,
  placeholder,
  onAdd,
  onClose,
  children,
}: {
  label: string
  placeholder?: string
  onAdd(name: string): void
  onClose(): void
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const submit = () => {
    const trimmed = name.trim()
    if (!trimmed) return
    onAdd(trimmed)
    setName('')
    onClose()
  }
  return (
    <div className="inline-add">
      <input
        // A field the user just asked for: focus it.
        autoFocus
        aria-label={label}
        placeholder={placeholder ?? label}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return
          if (e.key === 'Enter') {
            e.preventDefault()
            submit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onClose()
          }
        }}
      />
      {children}
      <div className="inline-add-buttons">
        <button type="button" className="quiet" onClick={onClose}>
          {t('panel.cancel')}
        </button>
        <button type="button" className="primary" disabled={!name.trim()} onClick={submit}>
          {t('panel.add')}
        </button>
      </div>
    </div>
  )
}
