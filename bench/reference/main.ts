/**
 * The plain-Konva reference: the benchmark's cards drawn the way a Konva
 * expert would, with no React and no editing. It is the yardstick the real
 * board is compared with in the same run, on the same machine.
 *
 * What makes it fast (Konva's own performance guidance):
 * - the camera is the Stage's position and scale, set directly per frame;
 * - viewport culling: only cards in view (shared/layout's spatial index) are
 *   in the layer's tree; the rest are removed from it;
 * - every layer is static (`listening: false`): no hit graph to redraw;
 * - each card is a Group (paper with shadow, wrapped text, badges) cached to
 *   one bitmap the first time it comes into view, so a frame is one
 *   drawImage per visible card; cached groups are kept (LRU) for reuse;
 * - the grid, headers, emotion curve and links are single custom shapes
 *   whose sceneFunc draws only what is in view.
 * Text is wrapped with the app's own wrapText (Intl.Segmenter breaks for
 * Chinese), measured with the same bundled fonts.
 */
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/vazirmatn/400.css'
import '@fontsource/vazirmatn/700.css'
import '@fontsource/noto-sans-sc/400.css'
import Konva from 'konva'
import type { BoardBenchHooks, Camera } from '../../renderer/testing/hooks'
import type { Channel, JourneyMap, NoteColor, Project, Team } from '../../shared/model'
import { layoutMap, wrapText, type CardLayout, type MapLayout, type Rect } from '../../shared/layout'
import { FONT_STACK as FONT_FAMILY, NOTE_PAPER, NOTE_TEXT as CARD_TEXT } from '../../shared/look'

// The board's own look (paper colours, text metrics, fonts), so both draw the same notes.
const FONT = FONT_FAMILY
const TEXT_SIZE = CARD_TEXT.size
const LINE_HEIGHT = CARD_TEXT.lineHeight / CARD_TEXT.size
const PAD = CARD_TEXT.padding
const BADGE_ROW = CARD_TEXT.badgeRow
const PAPER: Record<NoteColor, string> = NOTE_PAPER
/** Cached card bitmaps kept beyond the ones in view. */
const MAX_CACHED = 3000
/** Cards re-rastered per frame when the zoom asks for a sharper (or lighter) bitmap. */
const RECACHE_PER_FRAME = 12

/** Bitmap resolution for a zoom: half size when zoomed out, double when zoomed in. */
function cacheRatio(scale: number): number {
  return scale <= 0.5 ? 0.5 : scale <= 1.25 ? 1 : 2
}

const PHASE_COLOR = { pre_purchase: '#7e57c2', purchase: '#26a69a', post_purchase: '#ef6c00' } as const

const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u

function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * The map as the app's renderer gets it: main has already read and validated
 * the file (before the window exists), so the page only receives the project.
 * Here that is a fetch + JSON.parse of the generated file, which the bench
 * made from the schema; no validation is timed on either side.
 */
async function loadMap(): Promise<{ project: Project; map: JourneyMap }> {
  const file = new URLSearchParams(location.search).get('map') ?? 'bench-500.journey'
  const container = (await (await fetch(`./data/${encodeURIComponent(file)}`)).json()) as { project: Project }
  const project = container.project
  return { project, map: project.maps[0] as JourneyMap }
}

/** Milestones of the first render (ms since navigation start), read by the bench. */
const phases: Record<string, number> = {}
const mark = (name: string) => (phases[name] = Math.round(performance.now() * 10) / 10)

function makeMeasure(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
  ctx.font = font
  return (text) => ctx.measureText(text).width
}

class ReferenceBoard {
  readonly stage: Konva.Stage
  private readonly cardLayer = new Konva.Layer({ listening: false })
  private readonly nodes = new Map<string, Konva.Group>()
  private shown = new Set<Konva.Group>()
  private camera: Camera = { x: 0, y: 0, scale: 1 }
  private readonly measure = makeMeasure(`${TEXT_SIZE}px ${FONT}`)
  private readonly teams: Map<string, Team>
  private readonly channels: Map<string, Channel>

  constructor(
    container: HTMLDivElement,
    readonly layout: MapLayout,
    project: Project,
  ) {
    this.teams = new Map(project.teams.map((t) => [t.id, t]))
    this.channels = new Map(project.channels.map((c) => [c.id, c]))
    this.stage = new Konva.Stage({ container, width: window.innerWidth, height: window.innerHeight, listening: false })
    const gridLayer = new Konva.Layer({ listening: false })
    gridLayer.add(new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawGrid(ctx) }))
    const overlay = new Konva.Layer({ listening: false })
    overlay.add(new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawOverlay(ctx) }))
    this.stage.add(gridLayer, this.cardLayer, overlay)
  }

  view(): Rect {
    const { x, y, scale } = this.camera
    return { x, y, width: this.stage.width() / scale, height: this.stage.height() / scale }
  }

  getCamera(): Camera {
    return { ...this.camera }
  }

  setCamera(camera: Camera): void {
    this.camera = { ...camera }
    this.stage.scale({ x: camera.scale, y: camera.scale })
    this.stage.position({ x: -camera.x * camera.scale, y: -camera.y * camera.scale })
    this.cull()
    this.stage.draw()
  }

  /**
   * Only the cards in view stay in the layer; new ones are built and cached
   * on first sight at the zoom's bitmap ratio; cards cached at another ratio
   * are re-rastered a few per frame, so a zoom never stalls on it.
   */
  private cull(): void {
    const visible = this.layout.index.query(this.view()) as CardLayout[]
    const next = new Set<Konva.Group>()
    const ratio = cacheRatio(this.camera.scale)
    let recache = RECACHE_PER_FRAME
    for (const laid of visible) {
      let node = this.nodes.get(laid.cardId)
      if (!node) {
        node = this.buildCard(laid, ratio)
        this.nodes.set(laid.cardId, node)
      } else if (recache > 0 && (this.ratios.get(node) ?? 1) < ratio) {
        // Too coarse for this zoom: re-raster (coarser-than-needed is never wasted work).
        this.cacheCard(node, laid.rect, ratio)
        recache--
      }
      if (!this.shown.has(node)) {
        // Most recently used goes last (Map keeps insertion order).
        this.nodes.delete(laid.cardId)
        this.nodes.set(laid.cardId, node)
      }
      next.add(node)
      if (!this.shown.has(node)) this.cardLayer.add(node)
    }
    for (const node of this.shown) if (!next.has(node)) node.remove()
    this.shown = next
    if (this.nodes.size > MAX_CACHED + next.size) {
      for (const [id, node] of this.nodes) {
        if (this.nodes.size <= MAX_CACHED) break
        if (next.has(node)) continue
        node.destroy()
        this.nodes.delete(id)
      }
    }
  }

  private readonly ratios = new WeakMap<Konva.Group, number>()

  private cacheCard(group: Konva.Group, rect: Rect, ratio: number): void {
    // Room around the paper for its shadow.
    group.cache({ x: -12, y: -10, width: rect.width + 24, height: rect.height + 26, pixelRatio: ratio })
    this.ratios.set(group, ratio)
  }

  private buildCard(laid: CardLayout, ratio: number): Konva.Group {
    const { card, rect } = laid
    const { width, height } = rect
    const group = new Konva.Group({ x: rect.x, y: rect.y, listening: false })
    group.add(
      new Konva.Rect({
        width,
        height,
        fill: PAPER[card.color],
        cornerRadius: 3,
        shadowColor: 'rgb(31, 36, 48)',
        shadowOpacity: 0.32,
        shadowBlur: 8,
        shadowOffset: { x: 0, y: 3 },
        listening: false,
      }),
    )
    const badges = card.channelId !== undefined || card.phase !== undefined || card.teamIds.length > 0 || card.votes > 0 || card.evidence !== undefined
    const rtl = RTL_FIRST.test(card.text)
    const maxLines = Math.max(1, Math.floor((height - 2 * PAD - (badges ? BADGE_ROW : 0)) / CARD_TEXT.lineHeight))
    const wrapped = wrapText(card.text, { maxWidth: width - 2 * PAD, maxLines, measure: this.measure })
    group.add(
      new Konva.Text({
        x: PAD,
        y: PAD,
        width: width - 2 * PAD,
        text: wrapped.lines.join('\n'),
        fontFamily: FONT,
        fontSize: TEXT_SIZE,
        lineHeight: LINE_HEIGHT,
        fill: '#1f2430',
        wrap: 'none',
        align: rtl ? 'right' : 'left',
        direction: rtl ? 'rtl' : 'ltr',
        listening: false,
        perfectDrawEnabled: false,
      }),
    )
    // Badges along the bottom: channel, phase, teams, evidence, votes.
    const badgeY = height - PAD - 18
    let bx = PAD
    if (card.channelId) {
      const channel = this.channels.get(card.channelId)
      const label = new Konva.Text({ x: bx, y: badgeY + 3, text: channel?.name ?? '', fontFamily: FONT, fontSize: 11, fill: '#1e3a8a', listening: false })
      group.add(label)
      bx += label.width() + 6
    }
    if (card.phase) {
      group.add(new Konva.Rect({ x: bx, y: badgeY, width: 18, height: 18, cornerRadius: 9, fill: PHASE_COLOR[card.phase], opacity: 0.6, listening: false }))
      bx += 24
    }
    for (const teamId of card.teamIds.slice(0, 4)) {
      group.add(new Konva.Circle({ x: bx + 9, y: badgeY + 9, radius: 9, fill: this.teams.get(teamId)?.color ?? '#999', listening: false }))
      bx += 24
    }
    if (card.evidence) {
      group.add(new Konva.Rect({ x: bx + 2, y: badgeY + 1, width: 12, height: 16, cornerRadius: 2, stroke: '#5b6474', strokeWidth: 1.5, listening: false }))
    }
    if (card.votes > 0) {
      group.add(new Konva.Rect({ x: width - PAD - 30, y: badgeY, width: 30, height: 18, cornerRadius: 9, fill: '#b42318', listening: false }))
      group.add(new Konva.Text({ x: width - PAD - 24, y: badgeY + 3, text: String(card.votes), fontFamily: FONT, fontSize: 11, fontStyle: 'bold', fill: '#fff', listening: false }))
    }
    this.cacheCard(group, rect, ratio)
    return group
  }

  private drawGrid(ctx: Konva.Context): void {
    const view = this.view()
    const { layout } = this
    const c = ctx._context
    c.fillStyle = '#fbfaf6'
    c.fillRect(layout.bounds.x, layout.bounds.y, layout.bounds.width, layout.bounds.height)
    // Lane bands, alternating.
    for (const lane of layout.lanes) {
      if (lane.y > view.y + view.height || lane.y + lane.height < view.y) continue
      c.fillStyle = lane.kind === 'emotions' ? '#f3f7fb' : lane.index % 2 ? '#f6f3ec' : '#fbfaf6'
      c.fillRect(layout.grid.x, lane.y, layout.grid.width, lane.height)
    }
    c.beginPath()
    for (const s of layout.stages) {
      c.moveTo(s.x, 0)
      c.lineTo(s.x, layout.bounds.height)
    }
    for (const lane of layout.lanes) {
      c.moveTo(0, lane.y)
      c.lineTo(layout.bounds.width, lane.y)
    }
    c.strokeStyle = '#d7d2c6'
    c.lineWidth = 1
    c.stroke()
    c.textBaseline = 'top'
    for (const s of layout.stages) {
      if (!rectsMeet(s.header, view)) continue
      c.fillStyle = '#ece6d8'
      c.fillRect(s.header.x, s.header.y, s.header.width, s.header.height)
      c.fillStyle = '#222'
      c.font = `700 20px ${FONT}`
      c.fillText(s.stage.name, s.name.x, s.name.y, s.name.width)
      c.font = `13px ${FONT}`
      c.fillStyle = '#555'
      c.fillText(s.stage.customerGoal, s.customerGoal.x, s.customerGoal.y, s.customerGoal.width)
      c.fillText(s.stage.businessGoal, s.businessGoal.x, s.businessGoal.y, s.businessGoal.width)
      // Team chips.
      let tx = s.header.x + s.header.width - 12
      for (const role of s.stage.teamRoles) {
        c.fillStyle = this.teams.get(role.teamId)?.color ?? '#999'
        tx -= 14
        c.fillRect(tx, s.header.y + 8, 12, 12)
      }
    }
    for (const lane of layout.lanes) {
      if (!rectsMeet(lane.header, view)) continue
      c.fillStyle = '#e8e2d3'
      c.fillRect(lane.header.x, lane.header.y, lane.header.width, lane.header.height)
      c.fillStyle = '#333'
      c.font = `700 16px ${FONT}`
      const laneModel = this.laneTitle(lane.laneId)
      c.fillText(laneModel, lane.header.x + 14, lane.header.y + 14, lane.header.width - 28)
    }
  }

  private readonly laneTitles = new Map<string, string>()
  private laneTitle(laneId: string): string {
    return this.laneTitles.get(laneId) ?? ''
  }
  setLaneTitles(map: JourneyMap): void {
    for (const lane of map.lanes) this.laneTitles.set(lane.id, lane.title)
  }

  private drawOverlay(ctx: Konva.Context): void {
    const view = this.view()
    const c = ctx._context
    for (const curve of this.layout.emotionCurves) {
      if (!rectsMeet(curve.area, view) || curve.segments.length === 0) continue
      const first = curve.segments[0]!
      const last = curve.segments[curve.segments.length - 1]!
      // Area between the curve and the neutral line: green above, red below.
      c.beginPath()
      c.moveTo(first.from.x, curve.zeroY)
      c.lineTo(first.from.x, first.from.y)
      for (const s of curve.segments) c.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y)
      c.lineTo(last.to.x, curve.zeroY)
      c.closePath()
      const gradient = c.createLinearGradient(0, curve.area.y, 0, curve.area.y + curve.area.height)
      gradient.addColorStop(0, 'rgba(67,160,71,0.35)')
      gradient.addColorStop(0.5, 'rgba(200,200,200,0.15)')
      gradient.addColorStop(1, 'rgba(229,57,53,0.35)')
      c.fillStyle = gradient
      c.fill()
      c.beginPath()
      c.moveTo(first.from.x, first.from.y)
      for (const s of curve.segments) c.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y)
      c.strokeStyle = '#455a64'
      c.lineWidth = 3
      c.stroke()
      c.font = `12px ${FONT}`
      c.textBaseline = 'top'
      for (const p of curve.points) {
        c.beginPath()
        c.arc(p.x, p.y, 14, 0, Math.PI * 2)
        c.fillStyle = p.score >= 0 ? '#aed581' : '#ef9a9a'
        c.fill()
        c.strokeStyle = '#37474f'
        c.lineWidth = 1.5
        c.stroke()
        // A face: eyes and a mouth bent by the score.
        c.fillStyle = '#37474f'
        c.fillRect(p.x - 6, p.y - 5, 3, 3)
        c.fillRect(p.x + 3, p.y - 5, 3, 3)
        c.beginPath()
        c.moveTo(p.x - 6, p.y + 5)
        c.quadraticCurveTo(p.x, p.y + 5 + p.score * 2.5, p.x + 6, p.y + 5)
        c.stroke()
        c.fillText(p.point.reason, p.x - 60, p.y + 18, 120)
      }
    }
    c.strokeStyle = 'rgba(38,50,56,0.75)'
    c.fillStyle = 'rgba(38,50,56,0.75)'
    c.lineWidth = 2
    for (const link of this.layout.links) {
      const { from, c1, c2, to } = link.curve
      const minX = Math.min(from.x, c1.x, c2.x, to.x)
      const minY = Math.min(from.y, c1.y, c2.y, to.y)
      const box = { x: minX, y: minY, width: Math.max(from.x, c1.x, c2.x, to.x) - minX, height: Math.max(from.y, c1.y, c2.y, to.y) - minY }
      if (!rectsMeet(box, view)) continue
      c.beginPath()
      c.moveTo(from.x, from.y)
      c.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y)
      c.stroke()
      const { tip, angle } = link.arrow
      c.beginPath()
      c.moveTo(tip.x, tip.y)
      c.lineTo(tip.x - 12 * Math.cos(angle - 0.4), tip.y - 12 * Math.sin(angle - 0.4))
      c.lineTo(tip.x - 12 * Math.cos(angle + 0.4), tip.y - 12 * Math.sin(angle + 0.4))
      c.closePath()
      c.fill()
    }
  }
}

async function start(): Promise<void> {
  let resolveFirst!: (t: number) => void
  const firstRender = new Promise<number>((resolve) => (resolveFirst = resolve))
  mark('scriptStart')
  // Latin, Cyrillic and Persian faces load while the map downloads.
  const baseFonts = Promise.all([
    document.fonts.load(`400 ${TEXT_SIZE}px ${FONT}`, 'Aa Ăă Бб آب'),
    document.fonts.load(`700 20px ${FONT}`, 'Aa'),
  ])
  const { project, map } = await loadMap()
  mark('mapLoaded')
  // The fonts are split by unicode-range: load every piece the map's text
  // needs before the first draw, or cached notes would keep blank glyphs.
  const chars = new Set<string>()
  for (const card of map.cards) for (const ch of card.text) chars.add(ch)
  for (const stage of map.stages) for (const ch of stage.name + stage.customerGoal + stage.businessGoal) chars.add(ch)
  const sample = [...chars].join('')
  await Promise.all([
    baseFonts,
    document.fonts.load(`400 ${TEXT_SIZE}px ${FONT}`, sample),
    document.fonts.load(`700 20px ${FONT}`, sample),
  ])
  mark('fontsLoaded')
  const layout = layoutMap(map, { direction: 'ltr' })
  mark('laidOut')
  const board = new ReferenceBoard(document.getElementById('board') as HTMLDivElement, layout, project)
  board.setLaneTitles(map)
  const hooks: BoardBenchHooks = {
    firstRender,
    boardBounds: () => ({ ...layout.bounds }),
    getCamera: () => board.getCamera(),
    setCamera: (camera) => board.setCamera(camera),
    cardIds: () => layout.cards.map((c) => c.cardId),
    editCard: () => {
      throw new Error('The reference page has no editor')
    },
  }
  window.__journeywallBench = hooks
  Object.assign(window, { __referencePhases: phases })
  board.setCamera({ x: 0, y: 0, scale: 1 })
  resolveFirst(mark('firstDraw'))
}

void start()
