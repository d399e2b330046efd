/** Print & export: paper, orientation, margins, scale, lanes — with a live preview of the pages. */
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { PAPER_IDS, type PaperId, type PrintSettings, type ScaleMode } from '../../shared/print'
import { useDocument } from '../store/document-store'
import { currentJob, exportCsv, exportPng, exportSvg, importCsv, printWithSystemDialog, savePdf } from './operations'
import type { PrintJob } from './job'
import { usePrint } from './print-store'
import { PosterDefs, PrintPages } from './print-pages'

const PREVIEW_PAGES = 12

/** One page is shown large; a tiled poster as a contact sheet of small pages. */
function previewWidth(job: PrintJob): number {
  const landscape = job.plan.page.width > job.plan.page.height
  if (job.plan.pageCount === 1) return landscape ? 720 : 460
  return landscape ? 300 : 200
}

function NumberField({ label, value, min, max, step = 1, onChange, testId }: { label: string; value: number; min: number; max: number; step?: number; onChange: (v: number) => void; testId?: string }) {
  return (
    <label className="jw-print-field">
      <span>{label}</span>
      <input
        type="number"
        value={Number.isFinite(value) ? Math.round(value * 10) / 10 : ''}
        min={min}
        max={max}
        step={step}
        data-testid={testId}
        onChange={(e) => {
          const v = Number(e.target.value)
          if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)))
        }}
      />
    </label>
  )
}

function usePreview(): PrintJob | null {
  const project = useDocument((s) => s.project)
  const { mapId, laneIds, settings, titleBlock, legend, open } = usePrint()
  const { i18n } = useTranslation()
  const [job, setJob] = useState<PrintJob | null>(null)
  useEffect(() => {
    if (!open || !project) return
    let live = true
    const timer = setTimeout(() => {
      void currentJob().then((j) => live && setJob(j))
    }, 120)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [open, project, mapId, laneIds, settings, titleBlock, legend, i18n.language])
  return job
}

export function PrintDialog() {
  const { t } = useTranslation()
  const state = usePrint()
  const project = useDocument((s) => s.project)
  const job = usePreview()
  if (!state.open || !project) return null
  const map = project.maps.find((m) => m.id === state.mapId) ?? project.maps[0]
  const s = state.settings
  const set = (patch: Partial<PrintSettings>) => state.update({ settings: { ...s, ...patch } })
  const setScale = (scale: ScaleMode) => set({ scale })
  const busy = state.status.kind === 'working'
  const plan = job?.plan
  const lanes = map?.lanes ?? []
  const included = new Set(state.laneIds ?? lanes.map((l) => l.id))
  const status = state.status

  return createPortal(
    <div className="jw-print-backdrop" role="presentation">
      <div className="jw-print-dialog" role="dialog" aria-modal="true" aria-label={t('print.title')} data-testid="print-dialog">
        <header className="jw-print-head">
          <h2>{t('print.title')}</h2>
          <button type="button" onClick={state.hide} aria-label={t('print.close')}>
            ×
          </button>
        </header>
        <div className="jw-print-body">
          <form className="jw-print-form" onSubmit={(e) => e.preventDefault()}>
            {project.maps.length > 1 && (
              <label className="jw-print-field">
                <span>{t('print.map')}</span>
                <select value={map?.id} onChange={(e) => state.update({ mapId: e.target.value, laneIds: null })} data-testid="print-map">
                  {project.maps.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="jw-print-field">
              <span>{t('print.paper')}</span>
              <select value={s.paper} onChange={(e) => set({ paper: e.target.value as PaperId })} data-testid="print-paper">
                {PAPER_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`print.papers.${id}`)}
                  </option>
                ))}
              </select>
            </label>
            {s.paper === 'custom' && (
              <div className="jw-print-row">
                <NumberField label={t('print.customWidth')} value={s.custom?.widthMm ?? 210} min={50} max={5080} onChange={(v) => set({ custom: { widthMm: v, heightMm: s.custom?.heightMm ?? 297 } })} />
                <NumberField label={t('print.customHeight')} value={s.custom?.heightMm ?? 297} min={50} max={5080} onChange={(v) => set({ custom: { widthMm: s.custom?.widthMm ?? 210, heightMm: v } })} />
              </div>
            )}
            <label className="jw-print-field">
              <span>{t('print.orientation')}</span>
              <select value={s.orientation} onChange={(e) => set({ orientation: e.target.value as PrintSettings['orientation'] })} data-testid="print-orientation">
                {(['auto', 'portrait', 'landscape'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`print.orientations.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="jw-print-scale">
              <legend>{t('print.scale')}</legend>
              <label>
                <input type="radio" name="jw-scale" checked={s.scale.kind === 'fit'} onChange={() => setScale({ kind: 'fit' })} data-testid="scale-fit" />
                {t('print.scales.fit')}
              </label>
              <label>
                <input type="radio" name="jw-scale" checked={s.scale.kind === 'sheetsWide'} onChange={() => setScale({ kind: 'sheetsWide', sheets: 3 })} data-testid="scale-sheets" />
                {t('print.scales.sheetsWide')}
                {s.scale.kind === 'sheetsWide' && (
                  <input type="number" min={1} max={40} value={s.scale.sheets} onChange={(e) => setScale({ kind: 'sheetsWide', sheets: Math.max(1, Math.min(40, Number(e.target.value) || 1)) })} data-testid="scale-sheets-n" />
                )}
              </label>
              <label>
                <input type="radio" name="jw-scale" checked={s.scale.kind === 'cardWidth'} onChange={() => setScale({ kind: 'cardWidth', mm: 50 })} data-testid="scale-card" />
                {t('print.scales.cardWidth')}
                {s.scale.kind === 'cardWidth' && (
                  <input type="number" min={5} max={500} value={s.scale.mm} onChange={(e) => setScale({ kind: 'cardWidth', mm: Math.max(5, Math.min(500, Number(e.target.value) || 50)) })} data-testid="scale-card-mm" />
                )}
              </label>
            </fieldset>
            <div className="jw-print-row">
              <NumberField label={t('print.margins')} value={s.marginMm} min={0} max={50} onChange={(v) => set({ marginMm: v })} testId="print-margin" />
              <NumberField label={t('print.overlap')} value={s.overlapMm} min={0} max={50} onChange={(v) => set({ overlapMm: v })} testId="print-overlap" />
            </div>
            <div className="jw-print-checks">
              <label>
                <input type="checkbox" checked={s.cropMarks} onChange={(e) => set({ cropMarks: e.target.checked })} />
                {t('print.cropMarks')}
              </label>
              <label>
                <input type="checkbox" checked={s.assemblyPage} onChange={(e) => set({ assemblyPage: e.target.checked })} />
                {t('print.assemblyPage')}
              </label>
              <label>
                <input type="checkbox" checked={state.titleBlock} onChange={(e) => state.update({ titleBlock: e.target.checked })} />
                {t('print.titleBlock')}
              </label>
              <label>
                <input type="checkbox" checked={state.legend} onChange={(e) => state.update({ legend: e.target.checked })} />
                {t('print.legend')}
              </label>
            </div>
            <fieldset className="jw-print-lanes">
              <legend>{t('print.lanes')}</legend>
              {lanes.map((lane) => (
                <label key={lane.id}>
                  <input
                    type="checkbox"
                    checked={included.has(lane.id)}
                    onChange={(e) => {
                      const next = new Set(included)
                      if (e.target.checked) next.add(lane.id)
                      else next.delete(lane.id)
                      state.update({ laneIds: lanes.filter((l) => next.has(l.id)).map((l) => l.id) })
                    }}
                  />
                  <span dir="auto">{lane.title || t(`lanes.${lane.kind}`)}</span>
                </label>
              ))}
            </fieldset>
            <NumberField label={t('print.dpi')} value={state.dpi} min={72} max={300} onChange={(v) => state.update({ dpi: v })} testId="print-dpi" />
          </form>
          <section className="jw-print-preview" aria-label={t('print.preview')}>
            {plan && (
              <p className="jw-print-summary" data-testid="print-summary">
                {plan.pageCount === 1
                  ? t('print.summaryOne', { width: Math.round(plan.page.width), height: Math.round(plan.page.height), card: Math.round(plan.mmPerUnit * (job?.poster.cardUnits ?? 200)) })
                  : t('print.summary', {
                      pages: plan.pageCount,
                      rows: plan.rows,
                      columns: plan.columns,
                      width: Math.round(plan.page.width),
                      height: Math.round(plan.page.height),
                      card: Math.round(plan.mmPerUnit * (job?.poster.cardUnits ?? 200)),
                    })}
              </p>
            )}
            <div className="jw-print-thumbs">
              {job && <PosterDefs poster={job.poster} id="jw-preview-poster" />}
              {job && <PrintPages plan={job.plan} poster={job.poster} displayWidth={previewWidth(job)} limit={PREVIEW_PAGES} posterRef="jw-preview-poster" />}
            </div>
          </section>
        </div>
        <footer className="jw-print-foot">
          <div className="jw-print-status" role="status" data-testid="print-status">
            {status.kind === 'working' && t('print.working')}
            {(status.kind === 'done' || status.kind === 'error') && status.message}
            {status.kind === 'done' && status.details?.length ? (
              <ul className="jw-print-report">
                {status.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            {status.kind === 'png-too-large' && (
              <>
                {t('print.pngTooLarge', { dpi: status.dpi, width: status.width, height: status.height, max: status.maxDpi })}{' '}
                <button type="button" onClick={() => void exportPng('max')}>
                  {t('print.pngUseMax', { max: status.maxDpi })}
                </button>{' '}
                <button type="button" onClick={() => void exportPng('tiles')}>
                  {t('print.pngUseTiles', { count: status.tiles, dpi: status.dpi })}
                </button>
              </>
            )}
          </div>
          <div className="jw-print-actions">
            <button type="button" disabled={busy} onClick={() => void importCsv()} data-testid="print-import-csv">
              {t('print.importCsv')}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportCsv()} data-testid="print-export-csv">
              {t('print.exportCsv')}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportSvg()} data-testid="print-export-svg">
              {t('print.exportSvg')}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportPng()} data-testid="print-export-png">
              {t('print.exportPng')}
            </button>
            <button type="button" disabled={busy} onClick={() => void printWithSystemDialog()} data-testid="print-system">
              {t('print.printSystem')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void savePdf()} data-testid="print-save-pdf">
              {t('print.savePdf')}
            </button>
          </div>
        </footer>
      </div>
    </div>,
    document.body,
  )
}
