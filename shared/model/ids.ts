/** Random bytes are drawn in batches: repairing a damaged file may need an id for each of 100,000 records. */
const POOL_SIZE = 4096
const pool = new Uint8Array(POOL_SIZE)
let used = POOL_SIZE

/** Random record id (12 base-36 chars ≈ 62 bits). Web Crypto exists in Node ≥ 19 and every renderer. */
export function newId(prefix = ''): string {
  if (used + 12 > POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool)
    used = 0
  }
  let out = prefix
  for (let i = 0; i < 12; i++) out += ((pool[used + i] as number) % 36).toString(36)
  used += 12
  return out
}
