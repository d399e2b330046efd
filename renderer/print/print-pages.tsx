/**
 * The print view: one <section> per sheet, each an SVG in millimetres. Tiles
 * look at the same poster drawing through their own window (nested SVG
 * viewBox), so neighbouring sheets' overlap strips are the very same
 * vectors. Marks (crop marks, sheet label, neighbours) sit in the margin.
 * Never a canvas: Chromium would rasterize it in the PDF.
 */
import { Fragment, memo } from 'react'
import { useTranslation } from 'react-i18next'
import { FONT_STACK } from '../../shared/look'
import { overlapStrips, type Poster, type PrintPlan, type Tile } from '../../shared/print'
import { OpsGroup } from '../services/ops-svg'

const MARK = '#222'
const n = (v: number) => Math.round(v * 1000) / 1000

function CropMarks({ plan }: { plan: PrintPlan }) {
  const m = plan.marginMm
  const { width, height } = plan.content
  const len = Math.min(6, m - 1.5)
  if (len <= 1) return null
  const gap = 1
  const xs = [m, m + width]
  const ys = [m, m + height]
  const lines: Array<[number, number, number, number]> = []
  for (const x of xs) {
    for (const y of ys) {
      const dx = x === m ? -1 : 1
      const dy = y === m ? -1 : 1
      lines.push([x + dx * gap, y, x + dx * (gap + len), y])
      lines.push([x, y + dy * gap, x, y + dy * (gap + len)])
    }
  }
  return (
    <g stroke={MARK} strokeWidth={0.15}>
      {lines.map(([x1, y1, x2, y2], i) => (
        <line key={i} x1={n(x1)} y1={n(y1)} x2={n(x2)} y2={n(y2)} />
      ))}
    </g>
  )
}

/** Ticks in the margin where the glue strip begins, so people know how far to overlap. */
function GlueTicks({ plan, tile }: { plan: PrintPlan; tile: Tile }) {
  const strips = overlapStrips(plan, tile)
  const m = plan.marginMm
  const len = Math.min(4, m - 1.5)
  if (len <= 1) return null
  return (
    <g stroke="#888" strokeWidth={0.15} strokeDasharray="0.8 0.6">
      {strips.right && (
        <>
          <line x1={n(strips.right.x)} y1={m - 1 - len} x2={n(strips.right.x)} y2={m - 1} />
          <line x1={n(strips.right.x)} y1={m + plan.content.height + 1} x2={n(strips.right.x)} y2={m + plan.content.height + 1 + len} />
        </>
      )}
      {strips.bottom && (
        <>
          <line x1={m - 1 - len} y1={n(strips.bottom.y)} x2={m - 1} y2={n(strips.bottom.y)} />
          <line x1={m + plan.content.width + 1} y1={n(strips.bottom.y)} x2={m + plan.content.width + 1 + len} y2={n(strips.bottom.y)} />
        </>
      )}
    </g>
  )
}

function SheetLabels({ plan, tile }: { plan: PrintPlan; tile: Tile }) {
  const { t } = useTranslation()
  const m = plan.marginMm
  const { width, height } = plan.content
  const size = Math.min(3.2, m * 0.42)
  if (size < 1.2) return null
  const mid = m / 2 + size * 0.35
  const nb = tile.neighbours
  return (
    <g fontFamily={FONT_STACK} fontSize={size} fill="#333">
      <text x={m} y={mid} fontWeight={700} fontSize={size * 1.25}>
        {t('print.sheet', { label: tile.label })}
      </text>
      {nb.top && (
        <text x={n(m + width / 2)} y={mid} textAnchor="middle">
          ↑ {nb.top}
        </text>
      )}
      {nb.bottom && (
        <text x={n(m + width / 2)} y={n(m + height + m / 2 + size * 0.35)} textAnchor="middle">
          ↓ {nb.bottom}
        </text>
      )}
      {nb.left && (
        <text x={n(m / 2)} y={n(m + height / 2)} textAnchor="middle" transform={`rotate(-90 ${n(m / 2)} ${n(m + height / 2)})`}>
          ← {nb.left}
        </text>
      )}
      {nb.right && (
        <text x={n(m + width + m / 2)} y={n(m + height / 2)} textAnchor="middle" transform={`rotate(90 ${n(m + width + m / 2)} ${n(m + height / 2)})`}>
          {nb.right} →
        </text>
      )}
      <text x={n(m + width)} y={n(m + height + m / 2 + size * 0.35)} textAnchor="end" fill="#777">
        {tile.row + 1}/{plan.rows} · {tile.column + 1}/{plan.columns}
      </text>
    </g>
  )
}

interface SheetProps {
  plan: PrintPlan
  poster: Poster
  /** On screen (preview): pixel width of the drawn page; in print: physical mm. */
  displayWidth?: number
  /**
   * Preview only: the id of a <g> holding the poster drawing once, shown by
   * <use> in every thumbnail (one copy of a 2,000-card map in the DOM, not one
   * per sheet). The print itself draws the poster on each page.
   */
  posterRef?: string
}

function PosterDrawing({ poster, posterRef }: { poster: Poster; posterRef?: string }) {
  return posterRef ? <use href={`#${posterRef}`} /> : <OpsGroup ops={poster.ops} />
}

/** The poster drawn once, hidden, for the preview's <use> references. */
export function PosterDefs({ poster, id }: { poster: Poster; id: string }) {
  return (
    <svg width={0} height={0} style={{ position: 'absolute' }} aria-hidden="true">
      <defs>
        <g id={id}>
          <OpsGroup ops={poster.ops} />
        </g>
      </defs>
    </svg>
  )
}

function pageSize(plan: PrintPlan, displayWidth?: number) {
  const { width, height } = plan.page
  return displayWidth
    ? { width: displayWidth, height: (displayWidth * height) / width }
    : { width: `${n(width)}mm`, height: `${n(height)}mm` }
}

export const TileSheet = memo(function TileSheet({ plan, poster, tile, displayWidth, posterRef }: SheetProps & { tile: Tile }) {
  const { width, height } = plan.page
  const w = tile.window
  const tiled = plan.tiles.length > 1
  return (
    <svg className="jw-sheet-svg" {...pageSize(plan, displayWidth)} viewBox={`0 0 ${n(width)} ${n(height)}`} data-sheet={tile.label}>
      <rect x={0} y={0} width={n(width)} height={n(height)} fill="#ffffff" />
      <svg
        x={n(plan.marginMm)}
        y={n(plan.marginMm)}
        width={n(plan.content.width)}
        height={n(plan.content.height)}
        viewBox={`${n(w.x)} ${n(w.y)} ${n(w.width)} ${n(w.height)}`}
        preserveAspectRatio="xMinYMin meet"
        overflow="hidden"
      >
        <PosterDrawing poster={poster} posterRef={posterRef} />
      </svg>
      {plan.cropMarks && <CropMarks plan={plan} />}
      {tiled && <GlueTicks plan={plan} tile={tile} />}
      {tiled && <SheetLabels plan={plan} tile={tile} />}
    </svg>
  )
})

export const AssemblySheet = memo(function AssemblySheet({ plan, poster, displayWidth, posterRef }: SheetProps) {
  const { t, i18n } = useTranslation()
  const rtl = i18n.dir() === 'rtl'
  const a = plan.assembly
  if (!a) return null
  const { width, height } = plan.page
  const m = plan.marginMm
  const s = a.mmPerUnit
  const ox = m + a.offset.x
  const oy = m + a.offset.y
  const size = Math.min(4, Math.max(2, a.size.width / (plan.columns * 6)))
  return (
    <svg className="jw-sheet-svg" {...pageSize(plan, displayWidth)} viewBox={`0 0 ${n(width)} ${n(height)}`} data-sheet="assembly">
      <rect x={0} y={0} width={n(width)} height={n(height)} fill="#ffffff" />
      <g fontFamily={FONT_STACK} fontSize={3} fill="#222">
        {t('print.assemblyTitle', { rows: plan.rows, columns: plan.columns, overlap: Math.round(plan.overlapMm) })
          .split(/(?<=[.。])\s+/u)
          .map((line, i) => (
            <text key={i} x={rtl ? n(m + plan.content.width) : m} y={n(m + 3 + i * 4.2)} direction={rtl ? 'rtl' : 'ltr'} textAnchor="start" fontWeight={i === 0 ? 700 : 400}>
              {line}
            </text>
          ))}
      </g>
      <svg x={n(ox)} y={n(oy)} width={n(a.size.width)} height={n(a.size.height)} viewBox={`0 0 ${n(poster.width)} ${n(poster.height)}`}>
        <PosterDrawing poster={poster} posterRef={posterRef} />
      </svg>
      <g fontFamily={FONT_STACK}>
        {plan.tiles.map((tile) => {
          const x = ox + tile.window.x * s
          const y = oy + tile.window.y * s
          const w = Math.min(tile.window.width * s, ox + a.size.width - x)
          const h = Math.min(tile.window.height * s, oy + a.size.height - y)
          return (
            <Fragment key={tile.label}>
              <rect x={n(x)} y={n(y)} width={n(w)} height={n(h)} fill="#3355cc" fillOpacity={0.04} stroke="#3355cc" strokeWidth={0.35} />
              <text x={n(x + w / 2)} y={n(y + h / 2 + size * 0.35)} textAnchor="middle" fontSize={size} fontWeight={700} fill="#3355cc" stroke="#ffffff" strokeWidth={size * 0.18} paintOrder="stroke">
                {tile.label}
              </text>
            </Fragment>
          )
        })}
      </g>
    </svg>
  )
})

/** Every page of the job, in print order: tiles row by row, then the assembly page. */
export function PrintPages({ plan, poster, displayWidth, limit, posterRef }: SheetProps & { limit?: number }) {
  const tiles = limit ? plan.tiles.slice(0, limit) : plan.tiles
  const showAssembly = plan.assembly && (!limit || plan.tiles.length < limit)
  return (
    <>
      {tiles.map((tile) => (
        <section key={tile.label} className="jw-sheet">
          <TileSheet plan={plan} poster={poster} tile={tile} displayWidth={displayWidth} posterRef={posterRef} />
        </section>
      ))}
      {showAssembly && (
        <section className="jw-sheet">
          <AssemblySheet plan={plan} poster={poster} displayWidth={displayWidth} posterRef={posterRef} />
        </section>
      )}
    </>
  )
}
