/**
 * What this window was opened for (a file from argv, a second launch, a new
 * window), asked for once at start-up — in parallel with loading catalogs and
 * fonts rather than after the first React render, since a big map takes a
 * while to arrive.
 */
import type { DocumentInfo } from '../../shared/api'
import { call } from '../services/bridge'

let request: Promise<DocumentInfo | null> | null = null

export function initialDocument(): Promise<DocumentInfo | null> {
  request ??= call('document:initial', {}).catch(() => null)
  return request
}
