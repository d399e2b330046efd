/**
 * Parses files in worker threads, with a hard time limit.
 *
 * The main process serves every window; a file that takes long to read must
 * not freeze them all. Each job runs in a worker (node:worker_threads, which
 * works alike in Electron's main process and in plain Node for tests). Past
 * the time limit the worker is terminated — which stops even a tight loop —
 * and the caller gets a plain "took too long" problem; a worker that runs out
 * of its memory allowance is stopped by V8 and reported the same way. Nothing
 * a worker does can change a file: it only ever sees bytes.
 *
 * One warm worker is kept for a while after a job, so opening files one after
 * another doesn't pay the start-up each time; idle workers never keep the
 * process alive.
 */
import { Worker } from 'node:worker_threads'
import type { FileProblem } from '../../shared/api'
import type { CsvRead } from '../../shared/csv/read'
import { problems } from '../../shared/format'
import type { ParseJob, ParseJobResult } from './parse-worker/jobs'
import type { FileParser, JourneyRead } from './parser'

export const DEFAULT_TIME_LIMIT_MS = 10_000

export interface OffThreadParserOptions {
  /** The built worker script: out/main/parse-worker.cjs in the app. */
  workerFile: string | URL
  /** Hard limit per job, from the moment it is handed to a worker. */
  timeLimitMs?: number
  /** Heap a worker may use; a file needing more is refused. */
  memoryLimitMb?: number
  /** Jobs running at once; more wait their turn. */
  maxWorkers?: number
  /** How long a finished worker is kept for the next job. */
  keepIdleMs?: number
}

type Outcome =
  | { kind: 'answered'; answer: ParseJobResult }
  | { kind: 'timed-out' }
  | { kind: 'out-of-memory' }
  | { kind: 'failed'; message: string }

interface Idle {
  worker: Worker
  timer: NodeJS.Timeout
}

export class OffThreadParser implements FileParser {
  readonly timeLimitMs: number
  readonly #workerFile: string | URL
  readonly #memoryLimitMb: number
  readonly #maxWorkers: number
  readonly #keepIdleMs: number
  #idle: Idle | null = null
  #running = 0
  readonly #waiting: Array<() => void> = []
  readonly #live = new Set<Worker>()
  #closed = false

  constructor(options: OffThreadParserOptions) {
    this.#workerFile = options.workerFile
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    this.#memoryLimitMb = options.memoryLimitMb ?? 2048
    this.#maxWorkers = options.maxWorkers ?? 2
    this.#keepIdleMs = options.keepIdleMs ?? 30_000
  }

  async parseJourney(bytes: Uint8Array, options: { fileName?: string }): Promise<JourneyRead> {
    const job: ParseJob = { kind: 'journey', bytes, ...(options.fileName === undefined ? {} : { fileName: options.fileName }) }
    const outcome = await this.#run(job)
    if (outcome.kind === 'answered' && outcome.answer.kind === 'journey') return outcome.answer.result
    return { ok: false, problem: this.#problemOf(outcome, options.fileName) }
  }

  async readCsv(bytes: Uint8Array, options: { fileName: string }): Promise<CsvRead> {
    const outcome = await this.#run({ kind: 'csv', bytes, fileName: options.fileName })
    if (outcome.kind === 'answered' && outcome.answer.kind === 'csv') return outcome.answer.result
    return { ok: false, problem: this.#problemOf(outcome, options.fileName) }
  }

  /** Stops every worker (app quit, end of a test). Jobs still running answer "failed". */
  async close(): Promise<void> {
    this.#closed = true
    if (this.#idle) clearTimeout(this.#idle.timer)
    this.#idle = null
    await Promise.all([...this.#live].map((w) => w.terminate()))
  }

  #problemOf(outcome: Outcome, fileName: string | undefined): FileProblem {
    switch (outcome.kind) {
      case 'timed-out':
        return problems.tooSlow(fileName, Math.round(this.timeLimitMs / 1000))
      case 'out-of-memory':
        return problems.tooMuchMemory(fileName)
      case 'answered':
      case 'failed':
        return problems.readFailed(fileName)
    }
  }

  async #run(job: ParseJob): Promise<Outcome> {
    if (this.#closed) return { kind: 'failed', message: 'closed' }
    await this.#turn()
    try {
      return await this.#runOn(this.#takeWorker(), job)
    } finally {
      this.#running--
      this.#waiting.shift()?.()
    }
  }

  /** Waits until fewer than maxWorkers jobs run. */
  async #turn(): Promise<void> {
    while (this.#running >= this.#maxWorkers) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#running++
  }

  #takeWorker(): Worker {
    const idle = this.#idle
    if (idle) {
      clearTimeout(idle.timer)
      this.#idle = null
      idle.worker.ref()
      return idle.worker
    }
    const worker = new Worker(this.#workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.#memoryLimitMb } })
    this.#live.add(worker)
    worker.once('exit', () => {
      this.#live.delete(worker)
      if (this.#idle?.worker === worker) {
        clearTimeout(this.#idle.timer)
        this.#idle = null
      }
    })
    // An idle worker that fails is simply gone (see 'exit'); a busy one is reported by #runOn.
    worker.on('error', () => {})
    return worker
  }

  #release(worker: Worker): void {
    if (this.#closed || this.#idle) {
      void worker.terminate()
      return
    }
    worker.unref()
    const timer = setTimeout(() => {
      if (this.#idle?.worker === worker) this.#idle = null
      void worker.terminate()
    }, this.#keepIdleMs)
    timer.unref()
    this.#idle = { worker, timer }
  }

  #runOn(worker: Worker, job: ParseJob): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      let settled = false
      const finish = (outcome: Outcome, reusable: boolean) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (reusable) this.#release(worker)
        else void worker.terminate()
        resolve(outcome)
      }
      const onMessage = (answer: ParseJobResult) => finish({ kind: 'answered', answer }, true)
      const onError = (error: Error & { code?: string }) =>
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'failed', message: error.message },
          false,
        )
      const onExit = (code: number) => finish({ kind: 'failed', message: `worker exited (${code})` }, false)
      const timer = setTimeout(() => finish({ kind: 'timed-out' }, false), this.timeLimitMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage(job, transferable(job.bytes))
    })
  }
}

/**
 * The bytes' buffer is handed over rather than copied when they are all of
 * it (a file read into its own buffer); otherwise the structured clone copies.
 */
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer
  const whole = bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
  return buffer instanceof ArrayBuffer && whole ? [buffer] : []
}
