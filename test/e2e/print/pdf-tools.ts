/** Reading PDFs the way a person checks a print: poppler's pdfinfo, pdftotext and pdftoppm. */
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const PT_PER_MM = 72 / 25.4

export interface PdfPage {
  widthMm: number
  heightMm: number
}

export async function pdfPages(path: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', path], { maxBuffer: 64 * 1024 * 1024 })
  const pages: PdfPage[] = []
  for (const m of stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    pages.push({ widthMm: Number(m[1]) / PT_PER_MM, heightMm: Number(m[2]) / PT_PER_MM })
  }
  return pages
}

/** Raster images in the PDF (header lines of `pdfimages -list` dropped): a vector print has none. */
export async function pdfImageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', path], { maxBuffer: 16 * 1024 * 1024 })
  return stdout.trim().split('\n').slice(2).filter(Boolean).length
}

/** Fonts in the PDF and whether each is embedded. */
export async function pdfFonts(path: string): Promise<Array<{ name: string; embedded: boolean }>> {
  const { stdout } = await run('pdffonts', [path], { maxBuffer: 16 * 1024 * 1024 })
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' }
    })
}

export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 1024 * 1024 })
  return stdout
}

/** Letters only, compatibility forms folded (Arabic presentation forms → letters), no spaces or joiners. */
export function normalizeForSearch(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\s+|\u200c|\u200d|\u200e|\u200f|\u061c|[\u202a-\u202e]/gu, '')
      // The lam-alef ligature is one glyph; pdftotext gives its two letters in
      // visual order ("ال" for "لا"). Fold both spellings to one.
      .replace(/لا/gu, 'ال')
  )
}

/**
 * Whether a card's text is in the PDF text. Right-to-left text may come out
 * of pdftotext in visual order (reversed), so each word is looked for as is
 * or reversed; a card counts when all its words are found.
 */
export function containsWords(haystackNormalized: string, text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => w.length > 1)
  return words.every((w) => {
    const n = normalizeForSearch(w)
    return haystackNormalized.includes(n) || haystackNormalized.includes([...n].reverse().join(''))
  })
}

export interface Gray {
  width: number
  height: number
  data: Uint8Array
}

function parsePgm(bytes: Uint8Array): Gray {
  // P5\n<w> <h>\n<max>\n<binary>
  let pos = 0
  const tokens: string[] = []
  while (tokens.length < 4) {
    while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++
    let token = ''
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) token += String.fromCharCode(bytes[pos++]!)
    tokens.push(token)
  }
  pos++
  if (tokens[0] !== 'P5') throw new Error('not a binary PGM')
  const width = Number(tokens[1])
  const height = Number(tokens[2])
  return { width, height, data: bytes.subarray(pos, pos + width * height) }
}

/** Rasterizes every page in grey at `dpi`. */
export async function rasterize(path: string, dir: string, dpi: number): Promise<Gray[]> {
  await run('pdftoppm', ['-r', String(dpi), '-gray', path, join(dir, 'page')], { maxBuffer: 64 * 1024 * 1024 })
  const files = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.pgm')).sort()
  return Promise.all(files.map(async (f) => parsePgm(new Uint8Array(await readFile(join(dir, f))))))
}

export async function toPng(path: string, outPrefix: string, dpi: number, pages?: { first: number; last: number }): Promise<void> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []
  await run('pdftoppm', ['-r', String(dpi), '-png', ...range, path, outPrefix], { maxBuffer: 64 * 1024 * 1024 })
}

export interface StripDiff {
  pixels: number
  meanDiff: number
  /** Share of pixels differing by more than 48 of 255. */
  badShare: number
  /** Share of pixels that are not paper-white (the strip is not empty). */
  inkShare: number
}

/** Compares a region of `a` with a region of `b` of the same size (pixel rectangles). */
export function compareRegions(a: Gray, ax: number, ay: number, b: Gray, bx: number, by: number, w: number, h: number): StripDiff {
  let sum = 0
  let bad = 0
  let ink = 0
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const pa = a.data[(ay + y) * a.width + ax + x]!
      const pb = b.data[(by + y) * b.width + bx + x]!
      const d = Math.abs(pa - pb)
      sum += d
      if (d > 48) bad++
      if (pa < 235) ink++
    }
  }
  const pixels = w * h
  return { pixels, meanDiff: sum / pixels, badShare: bad / pixels, inkShare: ink / pixels }
}
