/** Bytes → text → JSON value, refusing anything that could hurt on the way. */

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

/** Keys that reach Object.prototype when an object is later copied or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const MAYBE_FORBIDDEN = /__proto__|constructor|prototype|\\u/

/** Editors on Windows like to add a BOM; it is not content, so it goes. */
export function stripBom(bytes: Uint8Array): Uint8Array {
  const hasBom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b)
  return hasBom ? bytes.subarray(3) : bytes
}

export type Utf8Outcome = { ok: true; text: string } | { ok: false; cutMidCharacter: boolean }

/**
 * Strict UTF-8: a lone byte of Latin-1 or a broken sequence means a damaged
 * or foreign file — except at the very end, where an incomplete character
 * means the file was cut off (an interrupted download), and is said so.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Outcome {
  // ignoreBOM: the caller already removed one; a second would be content.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let text: string
  try {
    // Streaming mode holds back an incomplete last character instead of failing on it.
    text = decoder.decode(bytes, { stream: true })
  } catch {
    return { ok: false, cutMidCharacter: false }
  }
  try {
    text += decoder.decode()
  } catch {
    return { ok: false, cutMidCharacter: true }
  }
  return { ok: true, text }
}

export type JsonOutcome = { ok: true; value: unknown } | { ok: false; truncated: boolean }

/**
 * JSON.parse that drops prototype-polluting keys at every level. JSON.parse
 * itself makes "__proto__" an own property (harmless), but any later spread or
 * merge of that object would not be, so the keys never leave this function.
 */
export function parseJsonSafely(text: string): JsonOutcome {
  try {
    // A reviver makes JSON.parse 2–3× slower, so it runs only when a
    // forbidden key could be present: each must appear literally, or spelled
    // with a \u escape (the only escape that can produce a letter or "_").
    const value: unknown = MAYBE_FORBIDDEN.test(text)
      ? JSON.parse(text, (key, v: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : v))
      : JSON.parse(text)
    return { ok: true, value }
  } catch (e) {
    return { ok: false, truncated: looksTruncated(text, e) }
  }
}

/**
 * True when JSON.parse gave up at the very end of the text: the file stops
 * part-way. V8 says "Unexpected end of JSON input" for some cuts and names the
 * position for others ("Expected ',' or '}' … at position 6"), so both count.
 */
function looksTruncated(text: string, error: unknown): boolean {
  if (!(error instanceof SyntaxError)) return false
  const end = text.trimEnd().length
  // A blank file is "empty", which the caller says before getting here.
  if (end === 0) return false
  if (/end of (JSON )?input/i.test(error.message)) return true
  const at = /at position (\d+)/.exec(error.message)
  return at !== null && Number(at[1]) >= end
}
