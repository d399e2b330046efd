// Renders the SVG sources in this folder to the icon files electron-builder
// packs: PNGs, plus .ico (Windows) and .icns (macOS) for the .journey document
// icon, which electron-builder does not convert itself.
// Uses only installed packages: playwright-core driving Debian's Chromium.
//   node assets/icons/render.mjs
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

/** The SVG drawn at `size`×`size` pixels, as PNG bytes with transparency. */
async function renderPng(svgFile, size) {
  const svg = await readFile(join(here, svgFile))
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  )
  await page.locator('img').evaluate((img) => img.decode())
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
  await page.close()
  return png
}

/** ICO with PNG-compressed entries (Windows Vista and later read these). */
function ico(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(entries.length, 4)
  let offset = header.length
  entries.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, at) // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt8(0, at + 2) // palette
    header.writeUInt8(0, at + 3) // reserved
    header.writeUInt16LE(1, at + 4) // planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(png.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...entries.map((e) => e.png)])
}

/** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
function icns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(chunks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

try {
  await writeFile(join(here, 'app.png'), await renderPng('app.svg', 1024))
  await writeFile(join(here, 'journey-file.png'), await renderPng('journey-file.svg', 512))

  const icoSizes = [16, 24, 32, 48, 64, 128, 256]
  const icoEntries = []
  for (const size of icoSizes) icoEntries.push({ size, png: await renderPng('journey-file.svg', size) })
  await writeFile(join(here, 'journey-file.ico'), ico(icoEntries))

  const icnsTypes = [
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
  ]
  const icnsEntries = []
  for (const [type, size] of icnsTypes) icnsEntries.push({ type, png: await renderPng('journey-file.svg', size) })
  await writeFile(join(here, 'journey-file.icns'), icns(icnsEntries))

  console.log('wrote app.png, journey-file.png, journey-file.ico, journey-file.icns')
} finally {
  await browser.close()
}
