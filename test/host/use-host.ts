/**
 * One fresh test host per test. After each test it asserts that Chromium
 * requested nothing outside the app's own files (the offline rule), then
 * closes the host — so no e2e file can forget either.
 */
import { afterEach, beforeEach, expect } from 'vitest'
import { TestHost, tempDir, type HostOptions } from './host'

export function useHost(onStart: (host: TestHost) => void, options: Omit<HostOptions, 'dataDir'> = {}): void {
  let current: TestHost | null = null
  beforeEach(async () => {
    current = await TestHost.start({ dataDir: await tempDir(), ...options })
    onStart(current)
  })
  afterEach(async () => {
    const host = current
    current = null
    if (!host) return
    try {
      expect(host.foreignRequests, 'the app made a network request').toEqual([])
    } finally {
      await host.close()
    }
  })
}
