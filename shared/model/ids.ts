/** Random record id (12 base-36 chars ≈ 62 bits). Web Crypto exists in Node ≥ 19 and every renderer. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  let out = prefix
  for (const b of bytes) out += (b % 36).toString(36)
  return out
}
