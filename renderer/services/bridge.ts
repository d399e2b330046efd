/** The renderer's only door to the outside: the bridge the preload (or test host) installed. */
import type { EventChannel, EventMap, RequestChannel, RequestOf, ResponseOf } from '../../shared/api'

export function call<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  return window.journeywall.invoke(channel, payload)
}

export function listen<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void): () => void {
  return window.journeywall.on(channel, listener)
}
