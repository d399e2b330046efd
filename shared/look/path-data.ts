/**
 * SVG path data built with the canvas path vocabulary (moveTo, arc,
 * roundRect…), so one icon definition draws on the board's canvas (Path2D)
 * and prints as vector SVG. Numbers are rounded to 1/100 unit.
 */
import { r2 } from './ops'

export class PathBuilder {
  private readonly parts: string[] = []
  private open = false

  move(x: number, y: number): this {
    this.parts.push(`M${r2(x)} ${r2(y)}`)
    this.open = true
    return this
  }

  line(x: number, y: number): this {
    this.parts.push(`L${r2(x)} ${r2(y)}`)
    return this
  }

  quad(cx: number, cy: number, x: number, y: number): this {
    this.parts.push(`Q${r2(cx)} ${r2(cy)} ${r2(x)} ${r2(y)}`)
    return this
  }

  close(): this {
    this.parts.push('Z')
    this.open = false
    return this
  }

  /** Like canvas arc(): angles in radians, clockwise on screen unless `ccw`; joins from the current point with a line. */
  arc(cx: number, cy: number, r: number, start: number, end: number, ccw = false): this {
    let sweep = ccw ? start - end : end - start
    if (sweep < 0) sweep += Math.PI * 2
    if (sweep >= Math.PI * 2 - 1e-9) return this.circleAt(cx, cy, r)
    const sx = cx + r * Math.cos(start)
    const sy = cy + r * Math.sin(start)
    if (this.open) this.line(sx, sy)
    else this.move(sx, sy)
    const ex = cx + r * Math.cos(end)
    const ey = cy + r * Math.sin(end)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 ${sweep > Math.PI ? 1 : 0} ${ccw ? 0 : 1} ${r2(ex)} ${r2(ey)}`)
    return this
  }

  /** A whole circle as its own closed sub-path. */
  circleAt(cx: number, cy: number, r: number): this {
    this.move(cx + r, cy)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 1 1 ${r2(cx - r)} ${r2(cy)}`, `A${r2(r)} ${r2(r)} 0 1 1 ${r2(cx + r)} ${r2(cy)}`, 'Z')
    this.open = false
    return this
  }

  rect(x: number, y: number, w: number, h: number): this {
    return this.move(x, y).line(x + w, y).line(x + w, y + h).line(x, y + h).close()
  }

  roundRect(x: number, y: number, w: number, h: number, radius: number): this {
    const r = Math.min(radius, w / 2, h / 2)
    this.move(x + r, y).line(x + w - r, y)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + w)} ${r2(y + r)}`)
    this.line(x + w, y + h - r)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + w - r)} ${r2(y + h)}`)
    this.line(x + r, y + h)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 0 1 ${r2(x)} ${r2(y + h - r)}`)
    this.line(x, y + r)
    this.parts.push(`A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + r)} ${r2(y)}`)
    return this.close()
  }

  get empty(): boolean {
    return this.parts.length === 0
  }

  toString(): string {
    return this.parts.join('')
  }
}
