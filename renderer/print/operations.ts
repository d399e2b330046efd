/** What the dialog's buttons (and File › Print / Export) do. */
import i18next from 'i18next'
import { flushSync } from 'react-dom'
import { planCsvImport, exportCardsCsv } from '../../shared/csv'
import { call } from '../services/bridge'
import { useDocument } from '../store/document-store'
import { opsToSvgString } from './svg-file'
import { buildJob, safeFileName, type PrintJob } from './job'
import { usePrint } from './print-store'
import { pngSize, renderPng, renderPngTiles, toBase64 } from './png'

const t = (key: string, params?: Record<string, unknown>) => String(i18next.t(key, params as never) as unknown)

function currentMapId(): string | null {
  const project = useDocument.getState().project
  const chosen = usePrint.getState().mapId
  return project?.maps.some((m) => m.id === chosen) ? chosen : (project?.maps[0]?.id ?? null)
}

/** The job for the dialog's current choices. */
export async function currentJob(): Promise<PrintJob | null> {
  const project = useDocument.getState().project
  const mapId = currentMapId()
  if (!project || !mapId) return null
  const s = usePrint.getState()
  return buildJob(project, { mapId, laneIds: s.laneIds, settings: s.settings, titleBlock: s.titleBlock, legend: s.legend }, i18next.t, i18next.language, i18next.dir() === 'rtl' ? 'rtl' : 'ltr')
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Puts the job's pages in the print view, waits until they are laid out with real fonts, runs `print`, clears. */
async function withPrintView<T>(job: PrintJob, print: () => Promise<T>): Promise<T> {
  flushSync(() => usePrint.setState({ printing: job }))
  document.body.classList.add('jw-printing')
  try {
    await document.fonts.ready
    await frame()
    await frame()
    return await print()
  } finally {
    document.body.classList.remove('jw-printing')
    usePrint.setState({ printing: null })
  }
}

function setStatus(status: ReturnType<typeof usePrint.getState>['status']): void {
  usePrint.setState({ status })
}

async function guarded(work: () => Promise<void>): Promise<void> {
  setStatus({ kind: 'working' })
  try {
    await work()
  } catch (error) {
    setStatus({ kind: 'error', message: t('print.failed', { message: error instanceof Error ? error.message : String(error) }) })
  }
}

export function savePdf(): Promise<void> {
  return guarded(async () => {
    const job = await currentJob()
    if (!job) return setStatus({ kind: 'idle' })
    const page = { widthMm: job.plan.page.width, heightMm: job.plan.page.height }
    const outcome = await withPrintView(job, () => call('print:pdf', { suggestedName: `${job.title}.pdf`, page }))
    if (outcome.kind === 'saved') setStatus({ kind: 'done', message: t('print.saved', { name: outcome.fileName }) })
    else if (outcome.kind === 'error') setStatus({ kind: 'error', message: t('print.failed', { message: outcome.message }) })
    else setStatus({ kind: 'idle' })
  })
}

export function printWithSystemDialog(): Promise<void> {
  return guarded(async () => {
    const job = await currentJob()
    if (!job) return setStatus({ kind: 'idle' })
    const page = { widthMm: job.plan.page.width, heightMm: job.plan.page.height }
    const outcome = await withPrintView(job, () => call('print:system', { page }))
    if (outcome.kind === 'error') setStatus({ kind: 'error', message: t('print.failed', { message: outcome.message }) })
    else setStatus({ kind: 'idle' })
  })
}

async function saveFiles(format: 'png' | 'svg' | 'csv', suggestedName: string, files: Array<{ suffix: string; bytes: Uint8Array }>): Promise<void> {
  const outcome = await call('export:save', { format, suggestedName, files: files.map((f) => ({ suffix: f.suffix, base64: toBase64(f.bytes) })) })
  if (outcome.kind === 'saved') {
    const name = outcome.fileNames[0] ?? ''
    setStatus({ kind: 'done', message: outcome.fileNames.length > 1 ? t('print.savedMany', { count: outcome.fileNames.length, name }) : t('print.saved', { name }) })
  } else if (outcome.kind === 'error') setStatus({ kind: 'error', message: t('print.failed', { message: outcome.message }) })
  else setStatus({ kind: 'idle' })
}

/** PNG at the dialog's DPI; when too large for a canvas, asks (status) instead — then `mode` picks max DPI or tiles. */
export function exportPng(mode: 'ask' | 'max' | 'tiles' = 'ask'): Promise<void> {
  return guarded(async () => {
    const job = await currentJob()
    if (!job) return setStatus({ kind: 'idle' })
    const dpi = Math.max(72, Math.min(300, Math.round(usePrint.getState().dpi)))
    const scale = job.plan.mmPerUnit
    const size = pngSize(job.poster, scale, dpi)
    if (!size.fits && mode === 'ask') {
      const tiles = Math.ceil(size.width / 8192) * Math.ceil(size.height / 8192)
      return setStatus({ kind: 'png-too-large', dpi, maxDpi: size.maxDpi, width: size.width, height: size.height, tiles })
    }
    if (!size.fits && mode === 'tiles') {
      return saveFiles('png', `${job.title}.png`, await renderPngTiles(job.poster.ops, job.poster, scale, dpi))
    }
    const useDpi = size.fits ? dpi : size.maxDpi
    return saveFiles('png', `${job.title}.png`, [{ suffix: '', bytes: await renderPng(job.poster.ops, job.poster, scale, useDpi) }])
  })
}

export function exportSvg(): Promise<void> {
  return guarded(async () => {
    const job = await currentJob()
    if (!job) return setStatus({ kind: 'idle' })
    const svg = opsToSvgString(job.poster.ops, job.poster.width, job.poster.height, job.title)
    return saveFiles('svg', `${job.title}.svg`, [{ suffix: '', bytes: new TextEncoder().encode(svg) }])
  })
}

export function exportCsv(): Promise<void> {
  return guarded(async () => {
    const project = useDocument.getState().project
    const mapId = currentMapId()
    if (!project || !mapId) return setStatus({ kind: 'idle' })
    const map = project.maps.find((m) => m.id === mapId)
    const csv = exportCardsCsv(project, [mapId])
    return saveFiles('csv', `${safeFileName(map?.name ?? project.name)}.csv`, [{ suffix: '', bytes: new TextEncoder().encode(csv) }])
  })
}

/** At most this many lines per kind of skipped row or warning; the rest is counted. */
const ROWS_PER_REASON = 5

/** One line per row for a few rows of each kind, then "… and N more rows": a 100,000-row file stays readable. */
function rowLines<T extends { reason: string; row: number }>(items: readonly T[], prefix: 'skip' | 'warn'): string[] {
  const byReason = new Map<string, T[]>()
  for (const item of items) {
    const group = byReason.get(item.reason)
    if (group) group.push(item)
    else byReason.set(item.reason, [item])
  }
  const lines: string[] = []
  for (const [reason, group] of byReason) {
    for (const item of group.slice(0, ROWS_PER_REASON)) lines.push(t(`print.${prefix}.${reason}`, { ...item }))
    if (group.length > ROWS_PER_REASON) lines.push(t('print.andMoreRows', { count: group.length - ROWS_PER_REASON }))
  }
  return lines
}

export function importCsv(): Promise<void> {
  return guarded(async () => {
    const { project, apply } = useDocument.getState()
    const mapId = currentMapId()
    if (!project || !mapId) return setStatus({ kind: 'idle' })
    const opened = await call('import:csv', {})
    if (opened.kind === 'canceled') return setStatus({ kind: 'idle' })
    if (opened.kind === 'error') {
      const { problem } = opened
      const message = problem
        ? t(`print.csvProblem.${problem.code}`, { ...problem.params, defaultValue: problem.message })
        : t('print.failed', { message: opened.message })
      return setStatus({ kind: 'error', message })
    }
    const kindNames = i18next.t('lanes', { returnObjects: true }) as unknown as Record<string, string>
    const plan = planCsvImport(project, mapId, { rows: opened.rows, warnings: opened.warnings }, { kindNames })
    if (plan.command) apply(plan.command, 'import')
    const r = plan.report
    const details = [
      ...r.parseWarnings.map((w) => t(`print.csvWarn.${w.code}`, { ...w })),
      ...(r.skipped.length ? [t('print.importSkipped', { count: r.skipped.length })] : []),
      ...rowLines(r.skipped, 'skip'),
      ...rowLines(r.warnings, 'warn'),
    ]
    const created = [...r.created.stages, ...r.created.lanes, ...r.created.teams, ...r.created.channels]
    if (created.length) details.push(t('print.importCreated', { list: created.join(', ') }))
    setStatus({ kind: 'done', message: t('print.importDone', { count: r.imported, name: opened.fileName }), details })
  })
}
