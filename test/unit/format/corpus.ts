/**
 * A generated corpus of broken and hostile .journey inputs, built from the
 * stored v1 sample so every damage lands on a realistic file. Each item says
 * what outcome is right when that is knowable; the test checks the rest with
 * invariants that hold for every input.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { FileErrorCode } from '../../../shared/api'
import { MAX_FILE_BYTES, serializeJourneyBytes } from '../../../shared/format'
import { LIMITS, Project } from '../../../shared/model'
import { arbProject } from './arbitraries'

export type Expect =
  | { ok: true; repaired?: boolean | RegExp }
  | { ok: false; code: FileErrorCode | readonly FileErrorCode[] }
  | null

export interface CorpusItem {
  category: string
  name: string
  bytes: Uint8Array
  expect: Expect
  /** The container/project as written, when it is JSON; lets the test compare. */
  doc?: unknown
  /** Path (inside project) whose value the test should find untouched in the result. */
  verbatim?: { path: Path; value: unknown }
  /** Further checks on an opened project; returns what is wrong, or null. */
  check?: (project: unknown) => string | null
}

export type Path = Array<string | number>
type Json = unknown

export const SAMPLE_URL = new URL('../../fixtures/format/v1.journey', import.meta.url)
export const sampleBytes = new Uint8Array(readFileSync(SAMPLE_URL))
export const sampleText = new TextDecoder().decode(sampleBytes)
const sampleDoc = (): Record<string, Json> => JSON.parse(sampleText) as Record<string, Json>

const enc = new TextEncoder()
const bytesOf = (doc: unknown) => enc.encode(JSON.stringify(doc))

/** Every value inside `root`, with its path; objects and arrays before their children. */
export function walk(root: Json, visit: (value: Json, path: Path) => void, path: Path = []): void {
  visit(root, path)
  if (Array.isArray(root)) root.forEach((v, i) => walk(v, visit, [...path, i]))
  else if (root && typeof root === 'object') for (const [k, v] of Object.entries(root)) walk(v, visit, [...path, k])
}

export function getAt(root: Json, path: Path): Json {
  let v = root
  for (const key of path) v = (v as Record<string | number, Json>)[key]
  return v
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } {
  const key = path[path.length - 1]
  if (key === undefined) throw new Error('empty path')
  return { parent: getAt(root, path.slice(0, -1)) as Record<string | number, Json>, key }
}

function withValue(path: Path, value: Json): Record<string, Json> {
  const doc = sampleDoc()
  const { parent, key } = parentOf(doc.project, path)
  parent[key] = value
  return doc
}

function without(path: Path): Record<string, Json> {
  const doc = sampleDoc()
  const { parent, key } = parentOf(doc.project, path)
  delete parent[key]
  return doc
}

/** Seeded PRNG so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const projectPaths = (): Array<{ path: Path; value: Json }> => {
  const out: Array<{ path: Path; value: Json }> = []
  walk(sampleDoc().project, (value, path) => {
    if (path.length > 0) out.push({ path, value })
  })
  return out
}

/** A path whose loss leaves the project without any map: nothing sensible can be opened. */
const losesEveryMap = (path: Path) => path.length <= 2 && path[0] === 'maps'

function truncated(): CorpusItem[] {
  const items: CorpusItem[] = []
  const full = sampleText.trim()
  const step = Math.max(1, Math.floor(sampleBytes.length / 260))
  for (let cut = 0; cut < sampleBytes.length; cut += step) {
    const bytes = sampleBytes.slice(0, cut)
    const text = new TextDecoder().decode(bytes)
    const complete = text.trim() === full
    items.push({
      category: 'truncated',
      name: `cut at byte ${cut}`,
      bytes,
      // Every cut is called what it is, also inside a multi-byte character.
      expect: complete ? { ok: true, repaired: false } : { ok: false, code: cut === 0 ? 'empty' : 'truncated' },
    })
  }
  items.push({ category: 'truncated', name: 'no final newline', bytes: sampleBytes.slice(0, -1), expect: { ok: true, repaired: false } })
  return items
}

function randomBytes(): CorpusItem[] {
  const rnd = prng(7)
  const items: CorpusItem[] = []
  for (let i = 0; i < 140; i++) {
    const len = Math.floor(rnd() * 3000)
    const bytes = new Uint8Array(len)
    for (let j = 0; j < len; j++) bytes[j] = Math.floor(rnd() * 256)
    items.push({ category: 'random bytes', name: `random ${len} bytes #${i}`, bytes, expect: { ok: false, code: ['not-utf8', 'not-json', 'not-journeywall'] } })
  }
  const alphabet = '{}[]":,0123456789abcdefnulltrue \n\\'
  for (let i = 0; i < 60; i++) {
    const len = Math.floor(rnd() * 500)
    let s = ''
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)]
    items.push({ category: 'random bytes', name: `random JSON-ish text #${i}`, bytes: enc.encode(s), expect: { ok: false, code: ['not-json', 'not-journeywall', 'too-deep'] } })
  }
  return items
}

function invalidUtf8(): CorpusItem[] {
  const sequences: Array<[string, number[]]> = [
    ['0xFF byte', [0xff]],
    ['lone continuation byte', [0x80]],
    ['overlong "/"', [0xc0, 0xaf]],
    ['cut 3-byte sequence', [0xe2, 0x82]],
    ['UTF-16 surrogate as UTF-8', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['Latin-1 "é"', [0xe9]],
  ]
  // Insert only before an ASCII byte: a continuation byte right after could
  // complete a cut sequence and make it valid again.
  const asciiOffsets: number[] = []
  for (let i = 0; i < sampleBytes.length; i++) if ((sampleBytes[i] ?? 0) < 0x80) asciiOffsets.push(i)
  const items: CorpusItem[] = []
  for (const [label, seq] of sequences) {
    for (let k = 0; k < 15; k++) {
      const at = asciiOffsets[Math.floor((k * asciiOffsets.length) / 15)] ?? 0
      const bytes = new Uint8Array([...sampleBytes.slice(0, at), ...seq, ...sampleBytes.slice(at)])
      items.push({ category: 'invalid UTF-8', name: `${label} at ${at}`, bytes, expect: { ok: false, code: 'not-utf8' } })
    }
  }
  return items
}

function withBom(): CorpusItem[] {
  const bom = [0xef, 0xbb, 0xbf]
  const items: CorpusItem[] = [
    { category: 'BOM', name: 'sample with BOM', bytes: new Uint8Array([...bom, ...sampleBytes]), expect: { ok: true, repaired: false }, doc: sampleDoc() },
    { category: 'BOM', name: 'two BOMs', bytes: new Uint8Array([...bom, ...bom, ...sampleBytes]), expect: { ok: false, code: 'not-json' } },
  ]
  fc.sample(arbProject, { numRuns: 12, seed: 11 }).forEach((p, i) => {
    const body = serializeJourneyBytes(p)
    items.push({ category: 'BOM', name: `generated project #${i} with BOM`, bytes: new Uint8Array([...bom, ...body]), expect: { ok: true, repaired: false }, doc: { project: p } })
  })
  return items
}

function wrongTypes(): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const { path, value } of projectPaths()) {
    const replacements: Json[] =
      typeof value === 'string'
        ? [null, { text: value }]
        : typeof value === 'number'
          ? ['abc', null, String(value)]
          : typeof value === 'boolean'
            ? ['yes']
            : Array.isArray(value)
              ? ['not a list', {}]
              : ['x', []]
    for (const r of replacements) {
      const doc = withValue(path, r)
      items.push({
        category: 'wrong type',
        name: `${path.join('.')} = ${JSON.stringify(r)}`,
        bytes: bytesOf(doc),
        doc,
        expect: losesEveryMap(path) && typeof value === 'object' ? { ok: false, code: 'invalid' } : { ok: true },
      })
    }
  }
  return items
}

function missingFields(): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const { path } of projectPaths()) {
    if (typeof path[path.length - 1] !== 'string') continue
    const doc = without(path)
    items.push({
      category: 'missing field',
      name: `without ${path.join('.')}`,
      bytes: bytesOf(doc),
      doc,
      expect: path.length === 1 && path[0] === 'maps' ? { ok: false, code: 'invalid' } : { ok: true },
    })
  }
  const container = (mutate: (d: Record<string, Json>) => void, code: FileErrorCode, name: string): CorpusItem => {
    const doc = sampleDoc()
    mutate(doc)
    return { category: 'missing field', name, bytes: bytesOf(doc), expect: { ok: false, code } }
  }
  items.push(
    container((d) => delete d.project, 'invalid', 'without project'),
    container((d) => (d.project = null), 'invalid', 'project null'),
    container((d) => (d.project = []), 'invalid', 'project is a list'),
    container((d) => (d.project = {}), 'invalid', 'project empty'),
    container((d) => ((d.project as Record<string, Json>).maps = []), 'invalid', 'no maps'),
  )
  return items
}

const LISTS: Path[] = [
  ['personas'],
  ['teams'],
  ['channels'],
  ['metricDefinitions'],
  ['maps'],
  ['maps', 0, 'stages'],
  ['maps', 0, 'lanes'],
  ['maps', 0, 'cards'],
  ['maps', 0, 'links'],
  ['maps', 0, 'emotionPoints'],
  ['maps', 0, 'actionItems'],
]

function duplicateIds(): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const list of LISTS) {
    for (const mode of ['copy of first appended', 'second takes first id', 'three copies'] as const) {
      const doc = sampleDoc()
      const arr = getAt(doc.project, list) as Array<Record<string, Json>>
      const first = arr[0]
      if (!first) continue
      if (mode === 'second takes first id') {
        if (!arr[1]) continue
        arr[1].id = first.id
      } else {
        const copies = mode === 'three copies' ? 3 : 1
        for (let i = 0; i < copies; i++) arr.push(structuredClone(first))
      }
      items.push({
        category: 'duplicate ids',
        name: `${list.join('.')}: ${mode}`,
        bytes: bytesOf(doc),
        doc,
        expect: { ok: true, repaired: /shared an id/ },
      })
    }
  }
  return items
}

function danglingRefs(): CorpusItem[] {
  const m = ['maps', 0]
  const cases: Array<[Path, Json, RegExp]> = [
    [[...m, 'personaId'], 'per-gone', /persona that no longer exists/],
    [[...m, 'basedOnMapId'], 'map-gone', /source map that no longer exists/],
    [['personas', 0, 'photoAssetId'], 'img-gone', /missing photo/],
    [[...m, 'stages', 0, 'teamRoles', 0, 'teamId'], 'team-gone', /team role/],
    [[...m, 'stages', 2, 'metrics', 0, 'metricId'], 'met-gone', /metric value/],
    [[...m, 'links', 0, 'fromCardId'], 'c-gone', /arrow between cards that no longer exist/],
    [[...m, 'links', 0, 'toCardId'], 'c-gone', /arrow between cards that no longer exist/],
    [[...m, 'emotionPoints', 2, 'cardId'], 'c-gone', /emotion point of cards/],
    [[...m, 'actionItems', 0, 'opportunityCardId'], 'c-gone', /action item from a card/],
    [[...m, 'actionItems', 0, 'ownerTeamId'], 'team-gone', /owner of 1 action item/],
  ]
  for (let i = 0; i < 5; i++) {
    cases.push([[...m, 'cards', i, 'stageId'], 'st-gone', /Removed 1 card placed in a stage that no longer exists/])
    cases.push([[...m, 'cards', i, 'laneId'], 'ln-gone', /Removed 1 card placed in a lane that no longer exists/])
    cases.push([[...m, 'cards', i, 'channelId'], 'ch-gone', /channel of 1 card/])
    cases.push([[...m, 'cards', i, 'imageAssetId'], 'img-gone', /missing image from 1 card/])
    cases.push([[...m, 'cards', i, 'teamIds'], ['team-gone'], /team chip/])
  }
  for (let i = 0; i < 4; i++) cases.push([[...m, 'emotionPoints', i, 'stageId'], 'st-gone', /emotion point in a stage/])
  return cases.map(([path, value, line]) => {
    const doc = withValue(path, value)
    return { category: 'dangling reference', name: `${path.join('.')} → ${JSON.stringify(value)}`, bytes: bytesOf(doc), doc, expect: { ok: true, repaired: line } }
  })
}

/** String leaves the schema takes any text in (names, notes, card text …), found by trying. */
function textPaths(): Array<{ path: Path; value: string }> {
  const out: Array<{ path: Path; value: string }> = []
  for (const { path, value } of projectPaths()) {
    if (typeof value !== 'string') continue
    const probe = withValue(path, '<b>probe</b>')
    if (Project.safeParse(probe.project).success) out.push({ path, value })
  }
  return out
}

function hugeStrings(): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const { path } of textPaths()) {
    const long = path[path.length - 1] === 'text' || path[path.length - 1] === 'notes'
    const limit = long ? LIMITS.longText : LIMITS.shortText
    for (const [label, value] of [
      ['one over the limit', 'a'.repeat(limit + 1)],
      // Limits count code points: the cut must not split an emoji in two.
      ['one emoji over the limit', '😀'.repeat(limit + 1)],
      ['emoji across the cut', `a${'😀'.repeat(limit)}`],
      ['1 MB', 'Ж'.repeat(1_000_000)],
    ] as const) {
      const doc = withValue(path, value)
      const check = (project: unknown) => {
        const kept = getAt(project, path)
        if (typeof kept !== 'string') return 'text is gone'
        if (Array.from(kept).length !== limit) return `kept ${Array.from(kept).length} characters, not ${limit}`
        if (!value.startsWith(kept)) return 'kept text is not the start of the original'
        return null
      }
      items.push({ category: 'huge strings', name: `${path.join('.')}: ${label}`, bytes: bytesOf(doc), doc, expect: { ok: true, repaired: /Shortened/ }, check })
    }
  }
  const idDoc = withValue(['maps', 0, 'cards', 0, 'id'], 'c'.repeat(500))
  items.push({ category: 'huge strings', name: '500-character card id', bytes: bytesOf(idDoc), doc: idDoc, expect: { ok: true, repaired: true } })
  const tenMb = withValue(['name'], 'x'.repeat(10_000_000))
  items.push({ category: 'huge strings', name: '10 MB project name', bytes: bytesOf(tenMb), doc: tenMb, expect: { ok: true, repaired: /Shortened/ } })
  return items
}

function deepNesting(): CorpusItem[] {
  const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n)
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)
  const inProject = (depth: number) => {
    // Container and project are two levels; the rest is an unknown field.
    const inner = depth - 2
    return sampleText.replace('"project": {', `"project": {"xDeep": ${deepArray(inner)},`)
  }
  const card0 = ['maps', 0, 'cards', 0, 'text'] as Path
  const items: CorpusItem[] = [
    { category: 'deep nesting', name: '10,000-deep arrays', bytes: enc.encode(deepArray(10_000)), expect: { ok: false, code: 'too-deep' } },
    { category: 'deep nesting', name: '100,000-deep arrays', bytes: enc.encode(deepArray(100_000)), expect: { ok: false, code: 'too-deep' } },
    { category: 'deep nesting', name: '10,000-deep objects', bytes: enc.encode(deepObject(10_000)), expect: { ok: false, code: 'too-deep' } },
    { category: 'deep nesting', name: '10,000 opening brackets only', bytes: enc.encode('['.repeat(10_000)), expect: { ok: false, code: 'too-deep' } },
    { category: 'deep nesting', name: 'unknown field reaching depth 64', bytes: enc.encode(inProject(64)), expect: { ok: true, repaired: false } },
    { category: 'deep nesting', name: 'unknown field reaching depth 65', bytes: enc.encode(inProject(65)), expect: { ok: false, code: 'too-deep' } },
    { category: 'deep nesting', name: 'unknown field 10,000 deep', bytes: enc.encode(inProject(10_000)), expect: { ok: false, code: 'too-deep' } },
  ]
  for (const [label, text] of [
    ['10,000 "[" inside a card text', '['.repeat(10_000)],
    ['escaped quote then 5,000 "{"', '\\"' + '{'.repeat(5_000)],
    ['backslashes then brackets', '\\\\'.repeat(100) + '[{'.repeat(2_000)],
  ] as const) {
    const doc = withValue(card0, text)
    items.push({ category: 'deep nesting', name: label, bytes: bytesOf(doc), doc, expect: { ok: true, repaired: false }, verbatim: { path: card0, value: text } })
  }
  items.push({ category: 'deep nesting', name: 'only closing brackets', bytes: enc.encode(']]]]}}}}'), expect: { ok: false, code: 'not-json' } })
  return items
}

function oversized(): CorpusItem[] {
  // Invalid UTF-8 throughout: if it were decoded first, the code would be 'not-utf8'.
  const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0xff)
  return [{ category: 'oversized', name: `${MAX_FILE_BYTES + 1} bytes of 0xFF`, bytes, expect: { ok: false, code: 'too-large' } }]
}

function protoKeys(): CorpusItem[] {
  const items: CorpusItem[] = []
  const objectPaths: Path[] = [[]]
  walk(sampleDoc(), (v, path) => {
    if (path.length > 0 && v && typeof v === 'object' && !Array.isArray(v)) objectPaths.push(path)
  })
  const payloads: Array<[string, Json]> = [
    ['__proto__', { polluted: 'yes', isAdmin: true }],
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['prototype', { polluted: 'yes' }],
  ]
  for (const path of objectPaths) {
    for (const [key, value] of payloads) {
      const doc = sampleDoc()
      const target = getAt(doc, path) as Record<string, Json>
      // defineProperty makes "__proto__" an own key, so JSON.stringify writes it.
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
      items.push({ category: 'prototype keys', name: `${key} at ${path.join('.') || 'top'}`, bytes: bytesOf(doc), expect: { ok: true, repaired: false } })
    }
  }
  // JSON may spell a key with \u escapes; it is the same key once parsed.
  for (const spelled of ['\\u005f\\u005fproto__', '__pr\\u006fto__', 'constr\\u0075ctor', 'prot\\u006ftype']) {
    for (const at of ['"project": {', '"maps": [\n      {', '"cards": [\n          {']) {
      const text = sampleText.replace(at, `${at}"${spelled}": {"polluted": "yes"},`)
      if (text === sampleText) throw new Error(`corpus: "${at}" not found in the sample`)
      items.push({ category: 'prototype keys', name: `${spelled} after ${at.slice(0, 8)}`, bytes: enc.encode(text), expect: { ok: true, repaired: false } })
    }
  }
  return items
}

function htmlText(): CorpusItem[] {
  const payloads = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    '&lt;b&gt; &amp; <!-- -->',
  ]
  return textPaths().map(({ path }, i) => {
    const value = payloads[i % payloads.length] ?? ''
    const doc = withValue(path, value)
    return { category: 'HTML in text', name: `${path.join('.')} = ${value}`, bytes: bytesOf(doc), doc, expect: { ok: true, repaired: false }, verbatim: { path, value } }
  })
}

function versions(): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const v of [2, 3, 7, 10, 99, 1000, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
    const doc = { ...sampleDoc(), version: v }
    items.push({ category: 'too new', name: `version ${v}`, bytes: bytesOf(doc), doc, expect: { ok: false, code: 'too-new' } })
  }
  const bad: Array<[string, Json | undefined]> = [
    ['"1" (text)', '1'],
    ['"2" (text)', '2'],
    ['-1', -1],
    ['0', 0],
    ['1.5', 1.5],
    ['null', null],
    ['true', true],
    ['[]', []],
    ['{}', {}],
    ['missing', undefined],
    ['2^53 + 2', 2 ** 53 + 2],
  ]
  for (const [label, v] of bad) {
    const doc = sampleDoc()
    if (v === undefined) delete doc.version
    else doc.version = v
    items.push({ category: 'bad version', name: `version ${label}`, bytes: bytesOf(doc), expect: { ok: false, code: 'bad-version' } })
  }
  items.push({ category: 'bad version', name: 'version 1e400 (Infinity)', bytes: enc.encode(sampleText.replace('"version": 1', '"version": 1e400')), expect: { ok: false, code: 'bad-version' } })
  return items
}

function notJourneywall(): CorpusItem[] {
  const withFormat = (f: Json | undefined) => {
    const doc = sampleDoc()
    if (f === undefined) delete doc.format
    else doc.format = f
    return bytesOf(doc)
  }
  const cases: Array<[string, Uint8Array]> = [
    ['format missing', withFormat(undefined)],
    ['format "Journeywall"', withFormat('Journeywall')],
    ['format "excalidraw"', withFormat('excalidraw')],
    ['format 1', withFormat(1)],
    ['format null', withFormat(null)],
    ['top-level list', enc.encode('[1,2,3]')],
    ['top-level string', enc.encode('"journeywall"')],
    ['top-level number', enc.encode('42')],
    ['top-level null', enc.encode('null')],
    ['an Excalidraw scene', enc.encode('{"type":"excalidraw","version":2,"elements":[]}')],
    ['package.json', enc.encode('{"name":"x","version":"1.0.0"}')],
  ]
  const items: CorpusItem[] = cases.map(([name, bytes]) => ({ category: 'not journeywall', name, bytes, expect: { ok: false, code: 'not-journeywall' } }))
  items.push(
    { category: 'not journeywall', name: 'empty file', bytes: new Uint8Array(0), expect: { ok: false, code: 'empty' } },
    { category: 'not journeywall', name: 'whitespace only', bytes: enc.encode(' \n\t '), expect: { ok: false, code: 'empty' } },
    { category: 'not journeywall', name: 'a PNG header', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), expect: { ok: false, code: 'picture' } },
  )
  return items
}

/** Arbitrary JSON dropped at arbitrary places: no known answer, only the invariants. */
function randomGarbage(): CorpusItem[] {
  const paths = projectPaths()
  const rnd = prng(99)
  return fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 200, seed: 5 }).map((garbage, i) => {
    const { path } = paths[Math.floor(rnd() * paths.length)] ?? { path: ['name'] }
    const doc = withValue(path, garbage)
    return { category: 'random garbage', name: `#${i} at ${path.join('.')}`, bytes: bytesOf(doc), doc, expect: null }
  })
}

export function buildCorpus(): CorpusItem[] {
  return [
    ...truncated(),
    ...randomBytes(),
    ...invalidUtf8(),
    ...withBom(),
    ...wrongTypes(),
    ...missingFields(),
    ...duplicateIds(),
    ...danglingRefs(),
    ...hugeStrings(),
    ...deepNesting(),
    ...oversized(),
    ...protoKeys(),
    ...htmlText(),
    ...versions(),
    ...notJourneywall(),
    ...randomGarbage(),
  ]
}
