/**
 * The display list (shared/look) as a standalone SVG file: text stays text,
 * user text is escaped, never markup. The print view draws the same list as
 * React SVG (renderer/services/ops-svg.tsx); PNG export paints it on a canvas
 * (renderer/services/canvas-ops.ts).
 */
import { FONT_STACK, FONT_STACK_RTL, type DrawOp } from '../../shared/look'
import { textAnchor } from '../services/ops-svg'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
const num = (n: number) => String(Math.round(n * 100) / 100)

function paintAttrs(o: { fill?: string; stroke?: string; strokeWidth?: number; dash?: number[]; opacity?: number }): string {
  let s = ` fill="${esc(o.fill ?? 'none')}"`
  if (o.stroke) s += ` stroke="${esc(o.stroke)}"`
  if (o.strokeWidth !== undefined) s += ` stroke-width="${num(o.strokeWidth)}"`
  if (o.dash?.length) s += ` stroke-dasharray="${o.dash.map(num).join(' ')}"`
  if (o.opacity !== undefined) s += ` opacity="${num(o.opacity)}"`
  return s
}

/** A standalone SVG document of the display list (text stays text; user text is escaped, never markup). */
export function opsToSvgString(ops: readonly DrawOp[], width: number, height: number, title: string): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    `<title>${esc(title)}</title>`,
    `<g font-family="${esc(FONT_STACK)}">`,
  ]
  for (const o of ops) {
    if (o.op === 'rect') {
      parts.push(`<rect x="${num(o.x)}" y="${num(o.y)}" width="${num(o.width)}" height="${num(o.height)}"${o.radius ? ` rx="${num(o.radius)}"` : ''}${paintAttrs(o)}/>`)
    } else if (o.op === 'path') {
      const move = o.x || o.y ? ` transform="translate(${num(o.x ?? 0)} ${num(o.y ?? 0)})"` : ''
      parts.push(`<path d="${esc(o.d)}"${move}${paintAttrs(o)} stroke-linecap="round" stroke-linejoin="round"/>`)
    } else if (o.op === 'circle') {
      parts.push(`<circle cx="${num(o.cx)}" cy="${num(o.cy)}" r="${num(o.r)}"${paintAttrs(o)}/>`)
    } else {
      parts.push(
        `<text x="${num(o.x)}" y="${num(o.y)}" font-size="${o.size}" font-weight="${o.weight}" fill="${esc(o.fill)}" text-anchor="${textAnchor(o)}" direction="${o.rtl ? 'rtl' : 'ltr'}" unicode-bidi="embed"${o.rtl ? ` font-family="${esc(FONT_STACK_RTL)}"` : ''}>${esc(o.text)}</text>`,
      )
    }
  }
  parts.push('</g></svg>')
  return parts.join('\n')
}
