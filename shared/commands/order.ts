/**
 * Fractional ordering of cards within a cell. Moving a card writes one number
 * (between its new neighbours) instead of renumbering the cell, so a move is a
 * one-field patch and two people's moves merge cleanly.
 */

interface Ordered {
  id: string
  order: number
}

/** Cell order: by `order`, ties (possible in hand-edited files) broken by id so every reader agrees. */
export function compareCellOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order - b.order
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * `count` increasing numbers strictly between `before` and `after` (either
 * may be missing: the start or end of the cell). Null when floating point has
 * no room left between the two, so the caller renumbers the cell.
 */
export function ordersBetween(before: number | undefined, after: number | undefined, count: number): number[] | null {
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    let value: number
    if (before === undefined && after === undefined) value = i
    else if (before === undefined) value = (after as number) - count + i
    else if (after === undefined) value = before + 1 + i
    else value = before + ((after - before) * (i + 1)) / (count + 1)
    out.push(value)
  }
  let previous = before ?? -Infinity
  for (const value of out) {
    if (!Number.isFinite(value) || !(value > previous)) return null
    previous = value
  }
  if (after !== undefined && !(previous < after)) return null
  return out
}

/** One order value strictly between two neighbours. Throws when there is no room: renumber first. */
export function orderBetween(before?: number, after?: number): number {
  const [value] = ordersBetween(before, after, 1) ?? []
  if (value === undefined) throw new RangeError(`no order value between ${before} and ${after}`)
  return value
}
