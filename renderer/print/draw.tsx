/**
 * The display list (shared/print/ops) drawn three ways: React SVG elements
 * for the print view (Chromium prints them as vector PDF with real text),
 * an SVG file, and a canvas for PNG export.
 */
import { memo, type ReactElement } from 'react'
import { fontFamilyFor, PRINT_FONT_FAMILY, PRINT_FONT_FAMILY_RTL, type DrawOp } from '../../shared/print'

type TextOp = Extract<DrawOp, { op: 'text' }>

/** SVG text-anchor for a physical alignment: with direction="rtl", "start" is the right edge. */
function anchor(o: TextOp): 'start' | 'middle' | 'end' {
  if (o.align === 'center') return 'middle'
  if (o.rtl) return o.align === 'right' ? 'start' : 'end'
  return o.align === 'left' ? 'start' : 'end'
}

function dash(d?: number[]): string | undefined {
  return d?.length ? d.join(' ') : undefined
}

export function opElement(o: DrawOp, key: number): ReactElement {
  switch (o.op) {
    case 'rect':
      return (
        <rect
          key={key}
          x={o.x}
          y={o.y}
          width={o.width}
          height={o.height}
          rx={o.radius}
          fill={o.fill ?? 'none'}
          stroke={o.stroke}
          strokeWidth={o.strokeWidth}
          strokeDasharray={dash(o.dash)}
          opacity={o.opacity}
        />
      )
    case 'path':
      return (
        <path
          key={key}
          d={o.d}
          fill={o.fill ?? 'none'}
          stroke={o.stroke}
          strokeWidth={o.strokeWidth}
          strokeDasharray={dash(o.dash)}
          strokeLinecap="round"
          strokeLinejoin="round"
          opacity={o.opacity}
        />
      )
    case 'circle':
      return <circle key={key} cx={o.cx} cy={o.cy} r={o.r} fill={o.fill ?? 'none'} stroke={o.stroke} strokeWidth={o.strokeWidth} opacity={o.opacity} />
    case 'text':
      return (
        <text
          key={key}
          x={o.x}
          y={o.y}
          fontSize={o.size}
          fontWeight={o.weight}
          fill={o.fill}
          textAnchor={anchor(o)}
          direction={o.rtl ? 'rtl' : 'ltr'}
          unicodeBidi="embed"
          fontFamily={o.rtl ? PRINT_FONT_FAMILY_RTL : undefined}
        >
          {o.text}
        </text>
      )
  }
}

/** The poster's drawing, memoized: tiles show the same content through different windows. */
export const OpsGroup = memo(function OpsGroup({ ops }: { ops: readonly DrawOp[] }) {
  return <g fontFamily={PRINT_FONT_FAMILY}>{ops.map(opElement)}</g>
})

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
    `<g font-family="${esc(PRINT_FONT_FAMILY)}">`,
  ]
  for (const o of ops) {
    if (o.op === 'rect') {
      parts.push(`<rect x="${num(o.x)}" y="${num(o.y)}" width="${num(o.width)}" height="${num(o.height)}"${o.radius ? ` rx="${num(o.radius)}"` : ''}${paintAttrs(o)}/>`)
    } else if (o.op === 'path') {
      parts.push(`<path d="${esc(o.d)}"${paintAttrs(o)} stroke-linecap="round" stroke-linejoin="round"/>`)
    } else if (o.op === 'circle') {
      parts.push(`<circle cx="${num(o.cx)}" cy="${num(o.cy)}" r="${num(o.r)}"${paintAttrs(o)}/>`)
    } else {
      parts.push(
        `<text x="${num(o.x)}" y="${num(o.y)}" font-size="${o.size}" font-weight="${o.weight}" fill="${esc(o.fill)}" text-anchor="${anchor(o)}" direction="${o.rtl ? 'rtl' : 'ltr'}" unicode-bidi="embed"${o.rtl ? ` font-family="${esc(PRINT_FONT_FAMILY_RTL)}"` : ''}>${esc(o.text)}</text>`,
      )
    }
  }
  parts.push('</g></svg>')
  return parts.join('\n')
}

/** Draws the display list on a canvas 2D context already scaled to board units. */
export function drawOpsOnCanvas(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[], clip?: { x: number; y: number; width: number; height: number }): void {
  const visible = (x: number, y: number, w: number, h: number) =>
    !clip || (x < clip.x + clip.width && x + w > clip.x && y < clip.y + clip.height && y + h > clip.y)
  for (const o of ops) {
    ctx.save()
    if (o.op !== 'text' && o.opacity !== undefined) ctx.globalAlpha = o.opacity
    if (o.op === 'rect') {
      if (visible(o.x, o.y, o.width, o.height)) {
        ctx.beginPath()
        if (o.radius) ctx.roundRect(o.x, o.y, o.width, o.height, o.radius)
        else ctx.rect(o.x, o.y, o.width, o.height)
        fillStroke(ctx, o)
      }
    } else if (o.op === 'circle') {
      if (visible(o.cx - o.r, o.cy - o.r, 2 * o.r, 2 * o.r)) {
        ctx.beginPath()
        ctx.arc(o.cx, o.cy, o.r, 0, Math.PI * 2)
        fillStroke(ctx, o)
      }
    } else if (o.op === 'path') {
      const path = new Path2D(o.d)
      ctx.lineCap = 'round'
      ctx.lineJoin = 'round'
      if (o.fill && o.fill !== 'none') {
        ctx.fillStyle = o.fill
        ctx.fill(path)
      }
      if (o.stroke) {
        ctx.strokeStyle = o.stroke
        ctx.lineWidth = o.strokeWidth ?? 1
        ctx.setLineDash(o.dash ?? [])
        ctx.stroke(path)
      }
    } else if (visible(o.x - 2000, o.y - o.size * 2, 4000, o.size * 3)) {
      ctx.font = `${o.weight} ${o.size}px ${fontFamilyFor(o.rtl)}`
      ctx.fillStyle = o.fill
      ctx.direction = o.rtl ? 'rtl' : 'ltr'
      ctx.textAlign = o.align
      ctx.textBaseline = 'alphabetic'
      ctx.fillText(o.text, o.x, o.y)
    }
    ctx.restore()
  }
}

function fillStroke(ctx: CanvasRenderingContext2D, o: { fill?: string; stroke?: string; strokeWidth?: number; dash?: number[] }): void {
  if (o.fill && o.fill !== 'none') {
    ctx.fillStyle = o.fill
    ctx.fill()
  }
  if (o.stroke) {
    ctx.strokeStyle = o.stroke
    ctx.lineWidth = o.strokeWidth ?? 1
    ctx.setLineDash(o.dash ?? [])
    ctx.stroke()
  }
}
