/**
 * What a file is, from its first bytes, when it is plainly not a project: an
 * empty file, or a picture, PDF or archive that got a .journey name (a
 * screenshot of the map renamed by hand, a printed map, a zipped attachment).
 * People are told that, rather than "damaged".
 */

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'picture'; format: string }
  | { kind: 'other-format'; format: string }
  | null

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0))

interface Signature {
  kind: 'picture' | 'other-format'
  format: string
  /** Bytes at `at`; null matches any byte. */
  bytes: Array<number | null>
  at?: number
}

const SIGNATURES: Signature[] = [
  { kind: 'picture', format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'picture', format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'picture', format: 'GIF', bytes: ascii('GIF8') },
  { kind: 'picture', format: 'WebP', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  // "BM", the file size, then four reserved zero bytes.
  { kind: 'picture', format: 'BMP', bytes: [...ascii('BM'), null, null, null, null, 0, 0, 0, 0] },
  { kind: 'picture', format: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'picture', format: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'picture', format: 'HEIC', bytes: ascii('ftypheic'), at: 4 },
  { kind: 'picture', format: 'HEIC', bytes: ascii('ftypheix'), at: 4 },
  { kind: 'picture', format: 'HEIC', bytes: ascii('ftypmif1'), at: 4 },
  { kind: 'picture', format: 'AVIF', bytes: ascii('ftypavif'), at: 4 },
  { kind: 'picture', format: 'ICO', bytes: [0x00, 0x00, 0x01, 0x00] },
  { kind: 'other-format', format: 'PDF', bytes: ascii('%PDF-') },
  { kind: 'other-format', format: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'other-format', format: 'RAR', bytes: ascii('Rar!') },
  { kind: 'other-format', format: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'other-format', format: 'gzip', bytes: [0x1f, 0x8b] },
  // Word, Excel and PowerPoint files from before 2007.
  { kind: 'other-format', format: 'Microsoft Office', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

const UTF8_BOM = [0xef, 0xbb, 0xbf]

function matches(bytes: Uint8Array, sig: Signature): boolean {
  const at = sig.at ?? 0
  if (bytes.length < at + sig.bytes.length) return false
  return sig.bytes.every((b, i) => b === null || bytes[at + i] === b)
}

function isJsonSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d
}

/** Index of the first byte that is not a BOM or blank, or -1 if there is none. */
function firstContent(bytes: Uint8Array): number {
  let i = bytes.length >= 3 && UTF8_BOM.every((b, k) => bytes[k] === b) ? 3 : 0
  while (i < bytes.length && isJsonSpace(bytes[i])) i++
  return i < bytes.length ? i : -1
}

/** Looks at the start of a file only; a file too short to tell is left to the parser. */
export function sniff(bytes: Uint8Array): Sniffed {
  const start = firstContent(bytes)
  if (start < 0) return { kind: 'empty' }
  for (const sig of SIGNATURES) if (matches(bytes, sig)) return { kind: sig.kind, format: sig.format }
  if (looksLikeSvg(bytes, start)) return { kind: 'picture', format: 'SVG' }
  return null
}

/** SVG is text: an XML or <svg opening, and an <svg tag early on. */
function looksLikeSvg(bytes: Uint8Array, start: number): boolean {
  if (bytes[start] !== 0x3c /* < */) return false
  const head = new TextDecoder('utf-8').decode(bytes.subarray(start, start + 2048)).toLowerCase()
  return head.includes('<svg')
}
