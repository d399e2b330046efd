import { describe, expect, test } from 'vitest'
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, pngSize, pngTileGrid, withDpi } from '../../../renderer/print/png'

describe('PNG export sizes', () => {
  test('a 36-inch roll poster at 300 DPI exceeds a canvas; the largest DPI that fits is offered', () => {
    // 4000 × 12000 board units at 0.23 mm per unit ≈ 920 × 2760 mm.
    const poster = { width: 4000, height: 12_000 }
    const big = pngSize(poster, 0.23, 300)
    expect(big.fits).toBe(false)
    expect(big.height).toBeGreaterThan(32_000)
    const max = pngSize(poster, 0.23, big.maxDpi)
    expect(max.fits).toBe(true)
    expect(max.width * max.height).toBeLessThanOrEqual(CANVAS_MAX_AREA)
    expect(Math.max(max.width, max.height)).toBeLessThanOrEqual(CANVAS_MAX_SIDE)
    expect(pngSize(poster, 0.23, big.maxDpi + 1).fits).toBe(false)
    // Or tiles of at most 8192 px at the chosen DPI.
    const grid = pngTileGrid(poster, 0.23, 300)
    expect(grid.rows * grid.columns).toBeGreaterThan(1)
    expect(grid.side * grid.pxPerUnit).toBeCloseTo(8192)
  })

  test('a small map at 150 DPI fits', () => {
    expect(pngSize({ width: 2000, height: 1200 }, 0.2, 150).fits).toBe(true)
  })

  test('the DPI is written into the PNG (pHYs chunk after IHDR)', () => {
    const png = new Uint8Array(8 + 25 + 12)
    const out = withDpi(png, 300)
    expect(out.length).toBe(png.length + 21)
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('pHYs')
    const ppm = new DataView(out.buffer).getUint32(41)
    expect(ppm).toBe(Math.round(300 / 0.0254))
  })
})
