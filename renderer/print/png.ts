/**
 * PNG export: the display list drawn on a canvas at the chosen DPI. Chromium
 * caps a canvas at 32,767 px a side and 268,435,456 px in all (16,384²);
 * beyond that we say so and offer the largest DPI that fits, or tiles.
 */
import type { DrawOp } from '../../shared/print'
import { paintOps } from '../services/canvas-ops'

export const CANVAS_MAX_SIDE = 32_767
export const CANVAS_MAX_AREA = 268_435_456
/** Tiles stay well inside the limits (and GPU texture sizes). */
export const TILE_SIDE = 8_192

export interface PngSize {
  width: number
  height: number
  fits: boolean
  /** Highest whole DPI that fits in one canvas. */
  maxDpi: number
}

/** Pixel size of the poster printed at `mmPerUnit` and rasterized at `dpi`. */
export function pngSize(poster: { width: number; height: number }, mmPerUnit: number, dpi: number): PngSize {
  const pxPerUnit = (mmPerUnit / 25.4) * dpi
  const width = Math.ceil(poster.width * pxPerUnit)
  const height = Math.ceil(poster.height * pxPerUnit)
  const inchesW = (poster.width * mmPerUnit) / 25.4
  const inchesH = (poster.height * mmPerUnit) / 25.4
  const maxDpi = Math.floor(Math.min(CANVAS_MAX_SIDE / inchesW, CANVAS_MAX_SIDE / inchesH, Math.sqrt(CANVAS_MAX_AREA / (inchesW * inchesH))) - 1e-9)
  return { width, height, fits: width <= CANVAS_MAX_SIDE && height <= CANVAS_MAX_SIDE && width * height <= CANVAS_MAX_AREA, maxDpi }
}

export interface PngTile {
  suffix: string
  bytes: Uint8Array
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Adds a pHYs chunk (pixels per metre) after IHDR, so image programs know the DPI. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254)
  const chunk = new Uint8Array(21)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, 9)
  chunk.set([0x70, 0x48, 0x59, 0x73], 4) // "pHYs"
  view.setUint32(8, ppm)
  view.setUint32(12, ppm)
  chunk[16] = 1 // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)))
  const at = 8 + 25 // signature + IHDR (length, type, 13 bytes, crc)
  const out = new Uint8Array(png.length + chunk.length)
  out.set(png.subarray(0, at), 0)
  out.set(chunk, at)
  out.set(png.subarray(at), at + chunk.length)
  return out
}

async function canvasPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('the image could not be encoded')
  return new Uint8Array(await blob.arrayBuffer())
}

/** Renders the region (board units) at `pxPerUnit` into one PNG. */
async function renderRegion(ops: readonly DrawOp[], region: { x: number; y: number; width: number; height: number }, pxPerUnit: number, dpi: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.ceil(region.width * pxPerUnit))
  canvas.height = Math.max(1, Math.ceil(region.height * pxPerUnit))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.scale(pxPerUnit, pxPerUnit)
  ctx.translate(-region.x, -region.y)
  paintOps(ctx, ops, { clip: region })
  const png = withDpi(await canvasPng(canvas), dpi)
  canvas.width = 0
  canvas.height = 0
  return png
}

export async function renderPng(ops: readonly DrawOp[], poster: { width: number; height: number }, mmPerUnit: number, dpi: number): Promise<Uint8Array> {
  return renderRegion(ops, { x: 0, y: 0, ...poster }, (mmPerUnit / 25.4) * dpi, dpi)
}

/** The poster in tiles of at most TILE_SIDE px, named by row letter and column number like the sheets. */
export function pngTileGrid(poster: { width: number; height: number }, mmPerUnit: number, dpi: number) {
  const pxPerUnit = (mmPerUnit / 25.4) * dpi
  const side = TILE_SIDE / pxPerUnit
  const columns = Math.ceil(poster.width / side)
  const rows = Math.ceil(poster.height / side)
  return { rows, columns, side, pxPerUnit }
}

export async function renderPngTiles(ops: readonly DrawOp[], poster: { width: number; height: number }, mmPerUnit: number, dpi: number): Promise<PngTile[]> {
  const { rows, columns, side, pxPerUnit } = pngTileGrid(poster, mmPerUnit, dpi)
  const out: PngTile[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const region = { x: c * side, y: r * side, width: Math.min(side, poster.width - c * side), height: Math.min(side, poster.height - r * side) }
      out.push({ suffix: `${String.fromCharCode(65 + (r % 26))}${c + 1}`, bytes: await renderRegion(ops, region, pxPerUnit, dpi) })
    }
  }
  return out
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}
