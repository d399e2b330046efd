import type { JourneyBridge } from './shared/api'

declare global {
  interface Window {
    journeywall: JourneyBridge
  }
}
export {}
