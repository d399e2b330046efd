import { rectsIntersect, type Rect } from './geometry'

/**
 * Uniform-grid buckets over the board for viewport culling and marquee
 * select. Items live in every bucket they overlap (a card in at most four);
 * a query walks the buckets under the viewport and reports each item from
 * one bucket only — the one holding the top-left of the item ∩ query — so
 * no "seen" set is needed and the cost stays O(buckets + items nearby).
 */
export class SpatialIndex<T extends { rect: Rect } = { rect: Rect }> {
  private readonly columns: number
  private readonly rows: number
  /** Bucket b holds items[entries[starts[b]] … entries[starts[b+1]-1]] (compressed rows). */
  private readonly starts: Int32Array
  private readonly entries: Int32Array

  constructor(
    private readonly items: readonly T[],
    bounds: { width: number; height: number },
    private readonly bucketSize: number,
  ) {
    this.columns = Math.max(1, Math.ceil(bounds.width / bucketSize))
    this.rows = Math.max(1, Math.ceil(bounds.height / bucketSize))
    const counts = new Int32Array(this.columns * this.rows + 1)
    items.forEach((item) => this.forBuckets(item.rect, (b) => counts[b + 1]!++))
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!
    this.starts = counts
    this.entries = new Int32Array(counts[counts.length - 1]!)
    const fill = counts.slice(0, -1)
    items.forEach((item, i) => this.forBuckets(item.rect, (b) => (this.entries[fill[b]!++] = i)))
  }

  /** Items whose rectangle intersects `query` (open intersection), in no particular order. */
  query(query: Rect): T[] {
    const out: T[] = []
    if (query.width <= 0 || query.height <= 0) return out
    const c0 = this.column(query.x)
    const c1 = this.column(query.x + query.width)
    const r0 = this.row(query.y)
    const r1 = this.row(query.y + query.height)
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const b = r * this.columns + c
        for (let e = this.starts[b]!; e < this.starts[b + 1]!; e++) {
          const item = this.items[this.entries[e]!]!
          const rect = item.rect
          if (!rectsIntersect(rect, query)) continue
          // Report from the bucket holding the top-left corner of the overlap only.
          if (this.column(Math.max(rect.x, query.x)) === c && this.row(Math.max(rect.y, query.y)) === r) out.push(item)
        }
      }
    }
    return out
  }

  private forBuckets(rect: Rect, visit: (bucket: number) => void): void {
    const c0 = this.column(rect.x)
    const c1 = this.column(rect.x + rect.width)
    const r0 = this.row(rect.y)
    const r1 = this.row(rect.y + rect.height)
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * this.columns + c)
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / this.bucketSize)))
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.bucketSize)))
  }
}
