/**
 * Collects what the repair pass changed and words it for people. The same kind
 * of fix is counted, not repeated: one line "Removed 3 cards …" instead of
 * three, so a badly damaged file still gives a readable summary.
 */
export class RepairLog {
  private readonly entries = new Map<string, { n: number; say: (n: number) => string }>()

  /** `key` groups identical fixes; `say` words the line once the final count is known. */
  note(key: string, say: (n: number) => string, n = 1): void {
    const entry = this.entries.get(key)
    if (entry) entry.n += n
    else this.entries.set(key, { n, say })
  }

  get size(): number {
    return this.entries.size
  }

  /** Lines in the order the fixes were first met, which follows the file's layout. */
  lines(): string[] {
    return [...this.entries.values()].map((e) => e.say(e.n))
  }
}
