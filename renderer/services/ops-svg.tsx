/**
 * shared/look display lists as React SVG elements: the print view (Chromium
 * prints them as vector PDF with real, searchable text) and the panels'
 * small pictures (faces) draw through this one mapping.
 */
import { memo, type ReactElement } from 'react'
import { FONT_STACK, FONT_STACK_RTL, type DrawOp, type TextOp } from '../../shared/look'

/** SVG text-anchor for a physical alignment: with direction="rtl", "start" is the right edge. */
export function textAnchor(o: TextOp): 'start' | 'middle' | 'end' {
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
          transform={o.x || o.y ? `translate(${o.x ?? 0} ${o.y ?? 0})` : undefined}
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
          textAnchor={textAnchor(o)}
          direction={o.rtl ? 'rtl' : 'ltr'}
          unicodeBidi="embed"
          fontFamily={o.rtl ? FONT_STACK_RTL : undefined}
        >
          {o.text}
        </text>
      )
  }
}

/** A display list as an SVG group, memoized: print tiles show the same content through different windows. */
export const OpsGroup = memo(function OpsGroup({ ops }: { ops: readonly DrawOp[] }) {
  return <g fontFamily={FONT_STACK}>{ops.map(opElement)}</g>
})
