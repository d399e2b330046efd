/** Messages shown in the window's notice bar: errors, repairs, external changes. */
import { create } from 'zustand'
import type { FileProblem } from '../../shared/api'

export type Notice =
  | { id: number; kind: 'problem'; problem: FileProblem }
  | { id: number; kind: 'unexpected'; message: string }
  | { id: number; kind: 'repaired'; repairs: string[] }
  | { id: number; kind: 'restored' }
  | { id: number; kind: 'saved'; file: string }
  | { id: number; kind: 'changed-on-disk'; file: string }
  | { id: number; kind: 'opened-in-new-window' }

type NewNotice = Notice extends infer N ? (N extends Notice ? Omit<N, 'id'> : never) : never

interface NoticeState {
  notices: Notice[]
  push(notice: NewNotice): void
  dismiss(id: number): void
  dismissKind(kind: Notice['kind']): void
}

let nextId = 1

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (notice) =>
    set((s) => ({
      // One notice per kind: a newer one replaces the older.
      notices: [...s.notices.filter((n) => n.kind !== notice.kind), { ...notice, id: nextId++ } as Notice],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissKind: (kind) => set((s) => ({ notices: s.notices.filter((n) => n.kind !== kind) })),
}))
