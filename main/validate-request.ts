/**
 * Payload validation shared by every transport (ipc.ts in the app, the test
 * host in tests): a request reaches a handler only if its channel is known and
 * its payload matches the channel's zod schema.
 */
import { requestSchemas, type RequestChannel, type RequestOf } from '../shared/api'

export function isRequestChannel(channel: unknown): channel is RequestChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, channel)
}

export function validateRequest<C extends RequestChannel>(channel: C, payload: unknown): RequestOf<C> {
  const parsed = requestSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
    throw new Error(`Rejected ${channel} request: ${first?.message ?? 'invalid payload'}${where}`)
  }
  return parsed.data as RequestOf<C>
}
