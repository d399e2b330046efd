/**
 * Entry of the parse worker thread (built to out/main/parse-worker.cjs by
 * workers.config.ts). It takes one job at a time from main and answers it;
 * main terminates it when a job runs past the time limit.
 */
import { parentPort } from 'node:worker_threads'
import { runParseJob, type ParseJob } from './jobs'

const port = parentPort
if (!port) throw new Error('parse-worker runs as a worker thread')
port.on('message', (job: ParseJob) => {
  port.postMessage(runParseJob(job))
})
