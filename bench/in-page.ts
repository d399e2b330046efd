/**
 * Functions that run INSIDE the page (passed to page.evaluate, so each is
 * serialized on its own: no imports, no references outside its body). Both the
 * app and the reference page expose `window.__journeywallBench`, so the same
 * script measures both.
 */
import type { BoardBenchHooks } from '../renderer/testing/hooks'

export interface PanZoomArgs {
  panMs: number
  zoomMs: number
}

export interface PanZoomFrames {
  /** Interval between consecutive requestAnimationFrame callbacks, ms, in order. */
  pan: number[]
  zoom: number[]
  /** Largest single setCamera call, ms (the synchronous draw). */
  maxSetCameraMs: number
  bounds: { x: number; y: number; width: number; height: number }
  viewport: { width: number; height: number }
}

export function hooksPresent(): boolean {
  const hooks = (window as { __journeywallBench?: BoardBenchHooks }).__journeywallBench
  return Boolean(hooks && typeof hooks.setCamera === 'function' && hooks.firstRender)
}

export function waitFirstRender(): Promise<number> {
  const hooks = (window as { __journeywallBench?: BoardBenchHooks }).__journeywallBench as BoardBenchHooks
  return hooks.firstRender
}

/**
 * 4 s pan at scale 1 along the diagonal from the board's top-left corner to
 * its bottom-right one, then 4 s zoom 1 → 2 → 0.25 → 1 (geometric, one third
 * of the time per leg) with the viewport centred on the board's centre. Each
 * requestAnimationFrame callback sets the camera for the elapsed time (a
 * synchronous draw); the frame time is the interval between consecutive
 * callbacks' timestamps, so it includes the draw, compositing and whatever
 * else the page does in that frame.
 */
export function panZoomScript(args: PanZoomArgs): Promise<PanZoomFrames> {
  const hooks = (window as { __journeywallBench?: BoardBenchHooks }).__journeywallBench as BoardBenchHooks
  const bounds = hooks.boardBounds()
  const vw = window.innerWidth
  const vh = window.innerHeight
  const start = { x: bounds.x, y: bounds.y }
  const end = { x: Math.max(bounds.x, bounds.x + bounds.width - vw), y: Math.max(bounds.y, bounds.y + bounds.height - vh) }
  const centre = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 }
  const legs: Array<[number, number]> = [
    [1, 2],
    [2, 0.25],
    [0.25, 1],
  ]
  const scaleAt = (t: number): number => {
    const k = Math.min(legs.length - 1, Math.floor(t * legs.length))
    const u = Math.min(1, t * legs.length - k)
    const [a, b] = legs[k] as [number, number]
    return a * Math.pow(b / a, u)
  }
  const pan: number[] = []
  const zoom: number[] = []
  let maxSetCameraMs = 0
  const setCamera = (camera: { x: number; y: number; scale: number }) => {
    const t = performance.now()
    hooks.setCamera(camera)
    maxSetCameraMs = Math.max(maxSetCameraMs, performance.now() - t)
  }
  setCamera({ x: start.x, y: start.y, scale: 1 })
  return new Promise((resolve) => {
    let t0 = -1
    let prev = -1
    let prevPhase: 'pan' | 'zoom' = 'pan'
    const tick = (now: number) => {
      if (t0 < 0) t0 = now
      else (prevPhase === 'pan' ? pan : zoom).push(now - prev)
      prev = now
      const elapsed = now - t0
      if (elapsed >= args.panMs + args.zoomMs) {
        resolve({ pan, zoom, maxSetCameraMs, bounds, viewport: { width: vw, height: vh } })
        return
      }
      if (elapsed < args.panMs) {
        const u = elapsed / args.panMs
        prevPhase = 'pan'
        setCamera({ x: start.x + (end.x - start.x) * u, y: start.y + (end.y - start.y) * u, scale: 1 })
      } else {
        const scale = scaleAt((elapsed - args.panMs) / args.zoomMs)
        prevPhase = 'zoom'
        setCamera({ x: centre.x - vw / 2 / scale, y: centre.y - vh / 2 / scale, scale })
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/**
 * Keystroke probe: for every keydown (capture phase, so before the editor
 * sees it), the time from the event's timestamp to just after the next
 * rendered frame (a requestAnimationFrame callback, then a MessageChannel
 * task, which runs after that frame's paint).
 */
export function installKeyProbe(): void {
  const w = window as unknown as { __jwKeyLatencies: number[] }
  w.__jwKeyLatencies = []
  window.addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp > 0 ? event.timeStamp : performance.now()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          w.__jwKeyLatencies.push(performance.now() - t0)
          channel.port1.close()
        }
        channel.port2.postMessage(null)
      })
    },
    { capture: true },
  )
}

/** True once `count` keystrokes have been painted. */
export function keyLatencyCount(count: number): boolean {
  return ((window as unknown as { __jwKeyLatencies?: number[] }).__jwKeyLatencies?.length ?? 0) >= count
}

export function keyLatencies(): number[] {
  return (window as unknown as { __jwKeyLatencies?: number[] }).__jwKeyLatencies ?? []
}

/** Opens the editor on a card near the top-left of the view; describes what has focus. */
export function startEditing(): { cardId: string | null; focused: string } {
  const hooks = (window as { __journeywallBench?: BoardBenchHooks }).__journeywallBench as BoardBenchHooks
  const ids = hooks.cardIds()
  const cardId = ids[Math.min(ids.length - 1, 3)] ?? null
  if (cardId) hooks.editCard(cardId)
  const el = document.activeElement as HTMLElement | null
  const focused = el ? `${el.tagName.toLowerCase()}${el.isContentEditable ? '[contenteditable]' : ''}` : 'none'
  return { cardId, focused }
}
