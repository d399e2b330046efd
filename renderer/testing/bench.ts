/** window.__journeywallBench: npm run bench drives the mounted board through these (bench/in-page.ts). */
import { activeBoard } from '../board/board-handle'
import type { BoardBenchHooks } from './hooks'

export function benchHooks(): BoardBenchHooks {
  const board = () => activeBoard()!
  return {
    // Present once a board is mounted: the bench polls for it.
    get firstRender() {
      return activeBoard()?.firstRender as Promise<number>
    },
    boardBounds: () => ({ ...(board().scene.layout?.bounds ?? { x: 0, y: 0, width: 0, height: 0 }) }),
    getCamera: () => board().camera.get(),
    setCamera: (camera) => board().camera.set(camera, true),
    cardIds: () => board().scene.map?.cards.map((c) => c.id) ?? [],
    editCard: (cardId) => board().verbs.editCard(cardId),
  }
}
