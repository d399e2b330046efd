/**
 * The board shell: plain Konva driven imperatively, outside React. It owns
 * the lifecycle (stage, input, editor, camera), follows the document, the
 * selection, the language and arriving fonts, and schedules drawing. What a
 * press, a drag or a key means is decided by the interaction states
 * (states/), what is drawn by the painters (scene/), what a note looks like
 * by shared/look. Extension points: setMode (a new root state), addOverlay
 * (new marks over the notes).
 */
import { boardExtent, cardsBounds, cellKey, emotionPlaceholders, linkHandle, type Point } from '../../shared/layout'
import { ensureFonts, loadFontsFor } from '../services/fonts'
import type { BoardDeps } from './board-deps'
import { BoardContextImpl } from './board-context'
import { BoardVerbs } from './board-verbs'
import { toScreen, toWorld, viewportRect, type Camera } from './camera/camera'
import { CameraController } from './camera/camera-controller'
import { TextEditor } from './editor/text-editor'
import { BoardInput } from './input/board-input'
import { BoardStage } from './scene/board-stage'
import { BUILD_BUDGET_MS, NoteLayer } from './scene/note-layer'
import type { OverlayFrame, OverlayPainter } from './scene/overlay'
import { SceneModel } from './scene/scene-model'
import { boardText } from './scene/text'
import { Idle } from './states/idle'
import { InteractionMachine } from './states/machine'
import type { InteractionState, PointerRecord } from './states/state'

export class BoardShell {
  readonly scene: SceneModel
  readonly camera: CameraController
  readonly machine: InteractionMachine
  readonly editor: TextEditor
  readonly verbs: BoardVerbs
  readonly context: BoardContextImpl
  readonly firstRender: Promise<number>
  readonly view: BoardStage
  readonly notes: NoteLayer
  private readonly input: BoardInput
  private firstRenderResolve: ((t: number) => void) | null = null
  private ready = false
  private disposed = false
  private readonly unsubs: Array<() => void> = []

  constructor(
    private readonly container: HTMLDivElement,
    private readonly host: HTMLDivElement,
    readonly deps: BoardDeps,
  ) {
    this.firstRender = new Promise((resolve) => (this.firstRenderResolve = resolve))
    this.scene = new SceneModel(deps.i18n)
    this.camera = new CameraController({ moved: (c, sync, zoomed) => this.cameraMoved(c, sync, zoomed), settled: (c) => this.zoomSettled(c) }, host.getBoundingClientRect())
    this.view = new BoardStage(container, this.camera.viewport(), {
      background: () => this.backgroundFrame(),
      overlay: () => this.overlayFrame(),
      stateMarks: (c, scale) => this.machine.current.drawOverlay?.(c, scale),
    })
    this.notes = new NoteLayer(this.view.layers.notes, this.view.layers.drag, { camera: () => this.camera.get(), viewport: () => this.camera.viewport(), lastCameraAt: () => this.camera.lastMovedAt() })
    this.notes.onOverviewDrawn = () => this.resolveFirstRender()
    this.editor = new TextEditor(host, () => this.camera.get(), (key) => deps.i18n.t(key))
    this.context = new BoardContextImpl(this)
    this.machine = new InteractionMachine(new Idle(this.context))
    this.input = new BoardInput(container, this.context.inputSink())
    this.verbs = new BoardVerbs(this)
  }

  /** Loads fonts for the map's text, lays it out and shows it fitted. */
  async start(): Promise<void> {
    performance.mark('jw:board:start')
    const texts = this.scene.texts(this.deps.document.project(), this.deps.selection.getState().activeMapId)
    await loadFontsFor(texts.regular, texts.bold)
    performance.mark('jw:board:fonts')
    if (this.disposed) return
    this.ready = true
    this.sync(true)
    performance.mark('jw:board:laid-out')
    this.zoomToFit()
    // Ready for quick capture: the board has the keyboard unless something else took it.
    if (document.activeElement === document.body) this.focus()
    const { document: doc, selection, i18n } = this.deps
    this.unsubs.push(doc.subscribe(() => this.sync(false)))
    this.unsubs.push(
      selection.subscribe((s, prev) => {
        if (s.activeMapId !== prev.activeMapId) this.sync(true)
        if (s.selectedCardIds !== prev.selectedCardIds || s.selectedCell !== prev.selectedCell) this.view.redraw('overlay')
      }),
    )
    this.unsubs.push(i18n.onChange(() => this.sync(true)))
    // A font piece that arrives later (a Chinese character typed now) re-measures the text that needs it.
    // Only faces that were not loaded when the board last measured count (loadingdone also reports the
    // pieces awaited before the first layout, a moment after they resolved).
    const measured = new Set<FontFace>()
    const remember = () => document.fonts.forEach((f) => f.status === 'loaded' && measured.add(f))
    remember()
    const onFonts = (e: FontFaceSetLoadEvent) => {
      if (e.fontfaces.every((f) => measured.has(f))) return
      remember()
      boardText.clear()
      this.sync(true)
    }
    document.fonts.addEventListener('loadingdone', onFonts)
    this.unsubs.push(() => document.fonts.removeEventListener('loadingdone', onFonts))
  }

  destroy(): void {
    this.disposed = true
    for (const off of this.unsubs) off()
    this.camera.destroy()
    this.input.destroy()
    this.notes.destroy()
    this.view.destroy()
    this.editor.destroy()
  }

  /** Brings the scene up to date with the document (cheap when nothing changed). */
  sync(force: boolean): void {
    if (!this.ready || this.disposed) return
    const change = this.scene.update(this.deps.document.project(), this.deps.selection.getState().activeMapId, force)
    if (change.same) return
    ensureFonts(change.freshTexts)
    const { layout } = this.scene
    this.notes.setScene(layout, this.scene.notes, change.notesRestyled)
    if (layout) {
      // Drop selection of cards that no longer exist (undo of an add, delete elsewhere).
      const selection = this.deps.selection.getState()
      const alive = selection.selectedCardIds.filter((id) => layout.cardsById.has(id))
      if (alive.length !== selection.selectedCardIds.length) selection.selectCards(alive)
      this.notes.refresh(this.firstRenderResolve ? Infinity : BUILD_BUDGET_MS)
    }
    this.editor.position()
    this.view.redrawAll()
  }

  private cameraMoved(camera: Camera, sync: boolean, zoomed: boolean): void {
    this.view.apply(camera)
    // The first render builds every note in view at once; later frames build within a budget.
    this.notes.refresh(this.firstRenderResolve ? Infinity : BUILD_BUDGET_MS)
    this.editor.position()
    this.view.draw(sync)
    if (zoomed) this.notes.zoomed()
    if (this.firstRenderResolve && (this.notes.shownCount > 0 || this.scene.layout?.cards.length === 0)) this.resolveFirstRender()
  }

  private zoomSettled(camera: Camera): void {
    if (this.disposed) return
    this.notes.settle()
    this.deps.selection.getState().setZoom(camera.scale)
  }

  private resolveFirstRender(): void {
    const resolve = this.firstRenderResolve
    if (!resolve) return
    this.firstRenderResolve = null
    // The frame is being drawn now; report when it is on screen.
    requestAnimationFrame(() => resolve(performance.now()))
  }

  private backgroundFrame() {
    const { layout, map, project } = this.scene
    if (!layout || !map || !project) return null
    const camera = this.camera.get()
    return { layout, map, project, view: viewportRect(camera, this.camera.viewport(), 0.02), scale: camera.scale, labels: this.scene.labels(), guides: this.machine.preview().guides ?? [] }
  }

  private overlayFrame(): OverlayFrame | null {
    const { layout, map } = this.scene
    if (!layout || !map) return null
    const camera = this.camera.get()
    const { selectedCardIds, selectedCell: cell } = this.deps.selection.getState()
    const handleId = this.context.handleCardId()
    return {
      layout,
      map,
      view: viewportRect(camera, this.camera.viewport(), 0.02),
      scale: camera.scale,
      selected: new Set(selectedCardIds),
      selectedCell: cell ? (layout.cellsByKey.get(cellKey(cell.stageId, cell.laneId))?.rect ?? null) : null,
      hoverCard: this.context.hover,
      linkHandle: handleId ? linkHandle(layout, handleId, camera.scale) : null,
      linkLabels: this.scene.linkLabels(),
      preview: this.machine.preview(),
    }
  }

  // ------------------------------------------------------------ extension points

  /** New marks over the notes (search highlights, a metric's heat, a focus dimmer); returns their removal. */
  addOverlay(painter: OverlayPainter): () => void {
    return this.view.addOverlay(painter)
  }

  /** Replaces idle as the root interaction state (voting, presenting); `null` brings idle back. */
  setMode(mode: ((ctx: BoardContextImpl) => InteractionState) | null): void {
    this.machine.setRoot(mode ? mode(this.context) : new Idle(this.context))
    this.view.redraw('overlay')
  }

  // ------------------------------------------------------------ for actions, React and the test seams

  resize(width: number, height: number): void {
    this.view.resize({ width: Math.max(1, width), height: Math.max(1, height) })
    this.camera.resize(width, height)
  }

  zoomToFit(): void {
    const layout = this.scene.layout
    if (layout) this.camera.fit(boardExtent(layout), 24, 1)
  }

  zoomToSelection(): void {
    const layout = this.scene.layout
    const ids = this.deps.selection.getState().selectedCardIds
    const rect = layout && ids.length > 0 ? cardsBounds(layout, ids) : undefined
    if (rect) this.camera.fit(rect, 80, 2)
  }

  inputPointers(): ReadonlyMap<number, PointerRecord> {
    return this.input.pointers
  }

  toWorld(screen: Point): Point {
    return toWorld(this.camera.get(), screen)
  }

  /** Page px of a board point. */
  screenPoint(world: Point): Point {
    return this.pagePoint(toScreen(this.camera.get(), world))
  }

  /** Page px of a viewport point. */
  pagePoint(screen: Point): Point {
    const origin = this.host.getBoundingClientRect()
    return { x: origin.left + screen.x, y: origin.top + screen.y }
  }

  focus(): void {
    this.container.focus({ preventScroll: true })
  }

  hasFocus(): boolean {
    return document.activeElement === this.container
  }

  setCursor(cursor: string): void {
    this.container.style.cursor = cursor
  }

  isEditing(): boolean {
    return this.machine.current.name === 'editing-text'
  }

  /** Hollow emotion places of the shown map. */
  emotionPlaceholders() {
    const { layout, map } = this.scene
    return layout && map ? emotionPlaceholders(layout, map) : []
  }
}
