/** Debian's Chromium, never a downloaded browser; no background network chatter. */
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.JOURNEYWALL_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface LaunchedChromium {
  browser: Browser
  /** SIGKILL the browser process: a crash, not a close. */
  kill(): void
}

export async function launchChromium(extraArgs: string[] = []): Promise<LaunchedChromium> {
  // launchServer (not launch) so we own the process and can kill it like a power cut.
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  })
  const browser = await chromium.connect(server.wsEndpoint())
  return { browser, kill: () => server.process().kill('SIGKILL') }
}
