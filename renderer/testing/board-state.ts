/** window.__journeywallBoardState: screen positions of what is on the board, from the mounted shell. */
import { addButtons, linkHandle } from '../../shared/layout'
import { activeBoard } from '../board/board-handle'
import type { BoardStateHook } from './hooks'

export function boardStateHook(): BoardStateHook {
  const scene = () => activeBoard()?.scene ?? null
  const layout = () => scene()?.layout ?? null
  const at = (p: { x: number; y: number }) => activeBoard()!.screenPoint(p)
  const scale = () => activeBoard()?.camera.get().scale ?? 1
  return {
    cards: () => {
      const l = layout()
      if (!l) return []
      return l.cards.map((c) => {
        const p = at(c.rect)
        return { id: c.cardId, text: c.card.text, stageId: c.stageId, laneId: c.laneId, x: p.x, y: p.y, width: c.rect.width * scale(), height: c.rect.height * scale() }
      })
    },
    camera: () => activeBoard()?.camera.get() ?? { x: 0, y: 0, scale: 1 },
    emotionPoints: () => {
      const l = layout()
      if (!l) return []
      const out: Array<{ id: string; stageId: string; score: number; x: number; y: number }> = []
      for (const curve of l.emotionCurves) for (const p of curve.points) out.push({ id: p.point.id, stageId: p.point.stageId, score: p.score, ...at(p) })
      for (const ghost of activeBoard()!.emotionPlaceholders()) out.push({ id: ghost.id, stageId: ghost.stageId, score: 0, ...at(ghost) })
      return out
    },
    cell: (stageId, laneId) => {
      const cell = layout()?.cells.find((c) => c.stageId === stageId && c.laneId === laneId)
      if (!cell) return null
      const r = cell.rect
      const rows = Math.ceil(cell.cardIds.length / cell.flow.columns)
      const freeY = r.y + cell.flow.padding + rows * (cell.flow.cardHeight + cell.flow.gap) + 8
      return { ...at({ x: r.x + r.width / 2, y: r.y + r.height / 2 }), free: at({ x: r.x + r.width / 2, y: Math.min(freeY, r.y + r.height - 6) }) }
    },
    stageHeader: (stageId) => {
      const s = layout()?.stages.find((c) => c.stageId === stageId)
      return s ? at({ x: s.name.x + s.name.width / 2, y: s.name.y + 10 }) : null
    },
    linkCount: () => layout()?.links.length ?? 0,
    linkHandle: () => {
      const l = layout()
      const id = activeBoard()?.context.handleCardId()
      const handle = l && id ? linkHandle(l, id, scale()) : null
      return handle ? at(handle.center) : null
    },
    stages: () => layout()?.stages.map((s) => ({ id: s.stageId, name: s.stage.name })) ?? [],
    lanes: () => layout()?.lanes.map((l) => ({ id: l.laneId, kind: l.kind, title: '' })) ?? [],
    addButtons: () => {
      const l = layout()
      if (!l) return null
      const b = addButtons(l, scale())
      return { stage: at({ x: b.stage.x + b.stage.width / 2, y: b.stage.y + b.stage.height / 2 }), lane: at({ x: b.lane.x + b.lane.width / 2, y: b.lane.y + b.lane.height / 2 }) }
    },
    laneHeader: (laneId) => {
      const l = layout()?.lanes.find((x) => x.laneId === laneId)
      return l ? at({ x: l.header.x + l.header.width / 2, y: l.header.y + l.header.height / 2 }) : null
    },
    stageEdge: (stageId) => {
      const l = layout()
      const s = l?.stages.find((x) => x.stageId === stageId)
      if (!l || !s) return null
      return at({ x: l.direction === 'rtl' ? s.x : s.x + s.width, y: s.header.y + s.header.height / 2 })
    },
    state: () => activeBoard()?.machine.current.name ?? 'none',
  }
}
