/**
 * Collects what the repair pass changed and words it for people. The same kind
 * of fix is counted, not repeated: one line "Removed 3 cards …" instead of
 * three, so a badly damaged file still gives a readable summary.
 */
export class RepairLog {
  private readonly entries = new Map<string, { n: number; say: (n: number) => string }>()
  /** Every note in order, so the notes about a record that is dropped after all can be taken back. */
  private readonly journal: Array<{ key: string; n: number }> = []
  /** Journal entries before this index may be returned to; later ones may still grow. */
  private floor = 0

  /** `key` groups identical fixes; `say` words the line once the final count is known. */
  note(key: string, say: (n: number) => string, n = 1): void {
    const entry = this.entries.get(key)
    if (entry) entry.n += n
    else this.entries.set(key, { n, say })
    // The same fix on record after record (a hostile file) grows one entry, not the journal.
    const last = this.journal.length > this.floor ? this.journal[this.journal.length - 1] : undefined
    if (last && last.key === key) last.n += n
    else this.journal.push({ key, n })
  }

  /** A point to return to with `rollBack`. */
  mark(): number {
    this.floor = this.journal.length
    return this.floor
  }

  /**
   * Forgets the notes made since `mark`: a record that was half repaired and
   * then dropped is reported once, as dropped, not also as "filled in".
   */
  rollBack(mark: number): void {
    while (this.journal.length > mark) {
      const { key, n } = this.journal.pop() as { key: string; n: number }
      const entry = this.entries.get(key)
      if (!entry) continue
      entry.n -= n
      if (entry.n <= 0) this.entries.delete(key)
    }
  }

  get size(): number {
    return this.entries.size
  }

  /** Lines in the order the fixes were first met, which follows the file's layout. */
  lines(): string[] {
    return [...this.entries.values()].map((e) => e.say(e.n))
  }
}
