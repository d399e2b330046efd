/**
 * Runs tasks one after another per key. Two overlapping saves of one file would
 * each rename their own temp file, and the older data could land last.
 */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve()
    const result = previous.then(task, task)
    const tail = result.catch(() => undefined)
    this.#tails.set(key, tail)
    // Forget idle keys so the map does not grow with every path ever touched.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key)
    })
    return result
  }
}
