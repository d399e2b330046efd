/**
 * Test and bench seams. main.tsx imports this module (a separate chunk) only
 * when the page URL has `?test=1` or `?bench=1`; nothing of it reaches users'
 * windows. The app itself never reads these hooks.
 */
import { benchHooks } from './bench'
import { boardStateHook } from './board-state'
import { panelHooks } from './panels'

export type { BoardBenchHooks, BoardStateHook, PanelTestHooks } from './hooks'

export function installTestSeams(params: URLSearchParams): void {
  if (params.get('test') === '1') {
    window.__journeywallBoardState = boardStateHook()
    window.__journeywallTest = panelHooks()
  }
  if (params.get('bench') === '1') {
    window.__journeywallBoardState = boardStateHook()
    window.__journeywallBench = benchHooks()
  }
}
