/**
 * The Konva stage and its layers (Konva's guidance: 3–5, none listening):
 *   background — lane tints, grid, headers, team chips (one custom shape, culled to the view)
 *   notes      — one bitmap node per visible note; off-screen notes leave the tree
 *   overlay    — curves, arrows, selection, state previews, feature overlays
 *   drag       — the notes being dragged, so a drag frame redraws only them
 * No layer listens: hit testing is shared/layout's, so Konva builds no hit
 * graph. Drawing is explicit: a camera move draws once (now or next frame),
 * an edit batch-draws the layers it touched.
 */
import Konva from 'konva'
import type { Camera, Size } from '../camera/camera'
import { drawBackground, type BackgroundInput } from './background'
import { quietly } from './note-layer'
import { STANDARD_OVERLAYS, type OverlayFrame, type OverlayPainter } from './overlay'

export type LayerName = 'background' | 'notes' | 'overlay' | 'drag'

export interface StageFrames {
  background(): BackgroundInput | null
  overlay(): OverlayFrame | null
  /** The current interaction state's own marks, drawn last. */
  stateMarks(c: CanvasRenderingContext2D, scale: number): void
}

export class BoardStage {
  readonly stage: Konva.Stage
  readonly layers: Record<LayerName, Konva.Layer>
  private readonly overlays: OverlayPainter[] = [...STANDARD_OVERLAYS]
  private frame = 0

  constructor(container: HTMLDivElement, size: Size, frames: StageFrames) {
    this.stage = new Konva.Stage({ container, width: size.width, height: size.height, listening: false })
    this.layers = {
      background: new Konva.Layer({ listening: false }),
      notes: new Konva.Layer({ listening: false }),
      overlay: new Konva.Layer({ listening: false }),
      // Hidden while nothing is dragged: an empty layer would still be cleared and composited every frame.
      drag: new Konva.Layer({ listening: false, visible: false }),
    }
    const { background, notes, overlay, drag } = this.layers
    this.stage.add(background, notes, overlay, drag)
    background.add(
      new Konva.Shape({
        listening: false,
        sceneFunc: (c) => {
          const input = frames.background()
          if (input) drawBackground(c._context, input)
        },
      }),
    )
    overlay.add(
      new Konva.Shape({
        listening: false,
        sceneFunc: (c) => {
          const frame = frames.overlay()
          if (!frame) return
          for (const painter of this.overlays) painter.draw(c._context, frame)
          frames.stateMarks(c._context, frame.scale)
        },
      }),
    )
  }

  /** Adds a kind of overlay mark (search highlights, a metric's heat, a focus dimmer); returns its removal. */
  addOverlay(painter: OverlayPainter): () => void {
    this.overlays.push(painter)
    this.redraw('overlay')
    return () => {
      const i = this.overlays.indexOf(painter)
      if (i >= 0) this.overlays.splice(i, 1)
      this.redraw('overlay')
    }
  }

  /** Puts the camera on the stage (scale and position; no Konva auto-draw). */
  apply(camera: Camera): void {
    quietly(() => {
      this.stage.scale({ x: camera.scale, y: camera.scale })
      this.stage.position({ x: -camera.x * camera.scale, y: -camera.y * camera.scale })
    })
  }

  resize(size: Size): void {
    this.stage.size(size)
  }

  redraw(layer: LayerName): void {
    this.layers[layer].batchDraw()
  }

  redrawAll(): void {
    this.stage.batchDraw()
  }

  /** Draws every layer now (a camera frame the benchmark times), or once on the next frame. */
  draw(now: boolean): void {
    if (now) {
      cancelAnimationFrame(this.frame)
      this.frame = 0
      this.stage.draw()
      return
    }
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.stage.draw()
    })
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
    this.stage.destroy()
  }
}
