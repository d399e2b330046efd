/**
 * TEST SEAM — never built into the app. A parse worker that hangs, in a
 * tight loop, on any file containing the words "deliberately slow", and
 * parses every other file as the real worker does. Only the test host uses
 * it (HostOptions.parsing), to show that a file which takes forever to read
 * is stopped at the time limit while the rest of the app carries on. The real
 * reader has no such branch: a file can't ask to be slow.
 */
import { parentPort } from 'node:worker_threads'
import { runParseJob, type ParseJob } from '../../main/files/parse-worker/jobs'
import { SLOW_MARK } from './slow-file'

const mark = new TextEncoder().encode(SLOW_MARK)

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

const port = parentPort
if (port) {
  port.on('message', (job: ParseJob) => {
    if (contains(job.bytes, mark)) {
      // Busy, not waiting: only terminating the thread can stop this.
      for (;;) {
        /* spin */
      }
    }
    port.postMessage(runParseJob(job))
  })
}
