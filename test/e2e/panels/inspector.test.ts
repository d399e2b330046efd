/**
 * The panels around the board, end to end: the real renderer and main
 * services, a real .journey file on disk.
 *
 * The board is a canvas, so a note cannot be selected by clicking the DOM;
 * windows open with `?test=1`, which installs `window.__journeywallTest`
 * (renderer/testing/panels.ts) whose `select(ids)` writes the board's
 * selection store exactly as a click would. Everything else is done through
 * the panels' own controls, by role and accessible name.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { parseJourney, serializeJourney } from '../../../shared/format'
import { makeCard, makeMap, makeProject, type Card, type Project } from '../../../shared/model'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../../host/host'

let host: TestHost
let docsDir: string

beforeEach(async () => {
  docsDir = await tempDir('journeywall-panels-')
  host = await TestHost.start({ dataDir: await tempDir(), viewport: { width: 1400, height: 900 } })
})
afterEach(async () => {
  expect(host.foreignRequests, 'the app made a network request').toEqual([])
  // zod probes whether eval is allowed (it is not: CSP); Chromium logs that refusal. Anything else is a bug.
  expect(host.consoleErrors.filter((e) => !e.includes("'script-src' was not explicitly set")), 'console errors').toEqual([])
  await host.close()
})

/** A small project: 3 stages × 2 lanes, three notes, one team, one channel. */
function fixture(): Project {
  const map = makeMap(
    'Checkout',
    [{ name: 'Awareness' }, { name: 'Purchase' }, { name: 'Loyalty' }],
    [
      { kind: 'touchpoints', title: 'Touchpoints' },
      { kind: 'pain_points', title: 'Pain points' },
    ],
  )
  const [s0, s1] = map.stages
  const [l0, l1] = map.lanes
  map.cards = [
    makeCard({ id: 'cardA', stageId: s0!.id, laneId: l0!.id, order: 0, text: 'Sees an Instagram ad for running shoes' }),
    makeCard({ id: 'cardB', stageId: s1!.id, laneId: l0!.id, order: 0, text: 'Pays at checkout', color: 'green', phase: 'purchase' }),
    makeCard({ id: 'cardC', stageId: s1!.id, laneId: l1!.id, order: 0, text: 'Wanted payment option missing', color: 'red', votes: 3 }),
  ]
  const project = makeProject('Shoe shop', map, new Date('2026-01-01T00:00:00Z'))
  project.teams = [{ id: 'teamMkt', name: 'Marketing', color: '#3355cc' }]
  project.channels = [{ id: 'chWeb', name: 'Website', icon: 'website' }]
  return project
}

async function openFixture(project: Project, name = 'Shoes.journey'): Promise<{ page: Page; path: string }> {
  const path = join(docsDir, name)
  await writeFile(path, serializeJourney(project))
  const { page } = await host.openWindow({ query: '?test=1' })
  await page.getByRole('heading', { name: /Start a journey map|نقشهٔ سفر/ }).waitFor()
  host.dialogs.openAnswers.push(path)
  await page.keyboard.press('Control+O')
  await page.getByTestId('inspector').waitFor()
  return { page, path }
}

async function select(page: Page, ids: string[]): Promise<void> {
  await page.evaluate((list) => {
    const hooks = window.__journeywallTest
    if (!hooks) throw new Error('test hooks missing: open the window with ?test=1')
    hooks.select(list)
  }, ids)
}

const saveState = (page: Page) => page.getByTestId('save-state').textContent()

/** Ctrl+S (the file already has a path) and read back what is on disk. */
async function saveAndRead(page: Page, path: string): Promise<Project> {
  await page.keyboard.press('Control+S')
  await expect.poll(() => saveState(page)).toBe('All changes saved')
  const parsed = parseJourney(new Uint8Array(await readFile(path)))
  if (!parsed.ok) throw new Error('the saved file must parse')
  return parsed.project
}

function card(project: Project, id: string, mapIndex = 0): Card {
  const found = project.maps[mapIndex]?.cards.find((c) => c.id === id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}

/** Moves focus off text fields so Ctrl+Z is the app's undo, not the field's. */
async function blurFields(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

test('the inspector edits a note’s details; the file has them; undo takes one back', async () => {
  const { page, path } = await openFixture(fixture())
  const inspector = page.getByTestId('inspector')
  // Nothing selected: the map summary.
  await inspector.getByTestId('map-summary').waitFor()
  expect(await inspector.getByLabel('Map name').inputValue()).toBe('Checkout')

  await select(page, ['cardA'])
  const cardPanel = inspector.getByTestId('card-inspector')
  await cardPanel.waitFor()
  expect(await cardPanel.getByTestId('text-preview').textContent()).toContain('Sees an Instagram ad')

  await cardPanel.getByRole('button', { name: 'Blue', exact: true }).click()
  expect(await cardPanel.getByRole('button', { name: 'Blue', exact: true }).getAttribute('aria-pressed')).toBe('true')
  await cardPanel.getByTestId('channel-select').selectOption({ label: 'Website' })
  await cardPanel.getByTestId('phase-field').getByRole('radio', { name: 'Pre-purchase' }).check()
  await cardPanel.getByTestId('moment-field').getByRole('radio', { name: 'Impact' }).check()
  await cardPanel.getByRole('checkbox', { name: 'Marketing' }).check()
  await cardPanel.getByTestId('evidence-source').selectOption('interview')
  const note = cardPanel.getByTestId('evidence-note')
  await note.fill('5 of 8 interviewees')
  await note.press('Enter')
  await cardPanel.getByRole('button', { name: 'Negative (−1)' }).click()
  await cardPanel.getByRole('button', { name: 'Add a vote' }).click()
  await cardPanel.getByRole('button', { name: 'Add a vote' }).click()
  await expect.poll(() => cardPanel.getByTestId('votes').textContent()).toBe('2')
  const tagInput = cardPanel.getByTestId('tag-input')
  for (const tag of ['mobile', 'social', 'typo']) {
    await tagInput.fill(tag)
    await tagInput.press('Enter')
  }
  await cardPanel.getByRole('button', { name: 'Remove tag typo' }).click()
  // A new channel, added inline, lands on the note.
  await cardPanel.getByTestId('channel-select').selectOption({ label: 'Add channel…' })
  const channelName = cardPanel.getByLabel('New channel name')
  await channelName.fill('Instagram')
  await channelName.press('Enter')
  await expect.poll(() => cardPanel.getByTestId('channel-select').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Instagram')

  // Every control has an accessible name (the aria snapshot shows a control without one as `- button` alone).
  const tree = await inspector.ariaSnapshot()
  expect(tree).toContain('button "Blue" [pressed]')
  expect(tree.match(/^\s*- (button|combobox|textbox|checkbox|radio)(?! ")/gm), tree).toBeNull()

  await blurFields(page)
  await inspector.screenshot({ path: join(ARTIFACTS_DIR, 'panels-inspector-en.png') })
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'panels-window-en.png') })

  let saved = await saveAndRead(page, path)
  const instagram = saved.channels.find((c) => c.name === 'Instagram')
  expect(instagram).toBeDefined()
  expect(card(saved, 'cardA')).toMatchObject({
    color: 'blue',
    channelId: instagram!.id,
    phase: 'pre_purchase',
    moment: 'impact',
    teamIds: ['teamMkt'],
    evidence: { source: 'interview', note: '5 of 8 interviewees' },
    emotionScore: -1,
    votes: 2,
    tags: ['mobile', 'social'],
  })
  // The other notes are untouched.
  expect(card(saved, 'cardB')).toMatchObject({ color: 'green', phase: 'purchase', teamIds: [], tags: [] })

  // Undo takes back the last change only (the inline channel: the note is on Website again).
  await blurFields(page)
  await page.keyboard.press('Control+Z')
  await expect.poll(() => cardPanel.getByTestId('channel-select').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Website')
  await page.keyboard.press('Control+Z')
  await expect.poll(() => cardPanel.getByRole('listitem').count()).toBe(3)
  saved = await saveAndRead(page, path)
  expect(saved.channels.map((c) => c.name)).toEqual(['Website'])
  expect(card(saved, 'cardA')).toMatchObject({ channelId: 'chWeb', tags: ['mobile', 'social', 'typo'], votes: 2, color: 'blue' })

  // Clearing: phase None, emotion Clear.
  await cardPanel.getByTestId('phase-field').getByRole('radio', { name: 'None' }).check()
  await cardPanel.getByRole('button', { name: 'Clear emotion' }).click()
  saved = await saveAndRead(page, path)
  expect(card(saved, 'cardA').phase).toBeUndefined()
  expect(card(saved, 'cardA').emotionScore).toBeUndefined()
})

test('several selected notes: mixed values show as mixed, an edit applies to all', async () => {
  const { page, path } = await openFixture(fixture())
  await select(page, ['cardB', 'cardC'])
  const panel = page.getByTestId('card-inspector')
  await panel.waitFor()
  expect(await panel.getByRole('heading').first().textContent()).toBe('2 notes selected')
  // Colours differ: no swatch pressed. Phases differ: no segment checked. Votes differ: their range.
  expect(await panel.locator('.swatch[aria-pressed="true"]').count()).toBe(0)
  expect(await panel.getByTestId('phase-field').locator('input:checked').count()).toBe(0)
  expect(await panel.getByTestId('votes').textContent()).toBe('0–3')
  expect(await panel.locator('.mixed-badge').count()).toBe(3)

  await panel.getByRole('button', { name: 'Yellow', exact: true }).click()
  await panel.getByRole('checkbox', { name: 'Marketing' }).check()
  await panel.getByRole('button', { name: 'Add a vote' }).click()
  const tagInput = panel.getByTestId('tag-input')
  await tagInput.fill('payment')
  await tagInput.press('Enter')
  // Only one of them gets a second tag: it shows as partial when both are selected.
  await select(page, ['cardC'])
  await tagInput.fill('blocker')
  await tagInput.press('Enter')
  await select(page, ['cardB', 'cardC'])
  await expect.poll(() => panel.locator('.tag-chip.is-partial').textContent()).toContain('blocker')
  expect(await panel.getByRole('checkbox', { name: 'Marketing' }).isChecked()).toBe(true)
  await blurFields(page)
  await page.getByTestId('inspector').screenshot({ path: join(ARTIFACTS_DIR, 'panels-inspector-multi-en.png') })

  const saved = await saveAndRead(page, path)
  expect(card(saved, 'cardB')).toMatchObject({ color: 'yellow', teamIds: ['teamMkt'], votes: 1, tags: ['payment'], phase: 'purchase' })
  expect(card(saved, 'cardC')).toMatchObject({ color: 'yellow', teamIds: ['teamMkt'], votes: 4, tags: ['payment', 'blocker'] })
})

test('teams: add, rename, recolour, delete (asking when notes use it)', async () => {
  const project = fixture()
  project.maps[0]!.cards[0]!.teamIds = ['teamMkt']
  project.maps[0]!.stages[0]!.teamRoles = [{ teamId: 'teamMkt', role: 'Runs the ads' }]
  const { page, path } = await openFixture(project)
  const teams = page.getByTestId('teams-panel')
  await teams.waitFor()

  await teams.getByTestId('new-team-name').fill('Customer support')
  await teams.getByRole('radio', { name: 'Violet' }).check()
  await teams.getByTestId('new-team-name').press('Enter')
  const rows = teams.locator('.team-row')
  await expect.poll(() => rows.count()).toBe(2)

  const marketing = rows.first()
  const name = marketing.getByLabel('Team name')
  await name.fill('Brand & marketing')
  await name.press('Enter')
  await marketing.getByRole('button', { name: 'Change colour of Brand & marketing' }).click()
  // Picking a colour closes the palette, so click (check() would wait to see it checked).
  await marketing.getByRole('radio', { name: 'Green' }).click()

  let saved = await saveAndRead(page, path)
  expect(saved.teams.map((t) => [t.name, t.color])).toEqual([
    ['Brand & marketing', '#3b7c0f'],
    ['Customer support', '#7a5af8'],
  ])
  await page.getByTestId('inspector').screenshot({ path: join(ARTIFACTS_DIR, 'panels-map-summary-en.png') })

  // Deleting a team in use asks first; Cancel keeps it.
  await marketing.getByRole('button', { name: 'Delete team Brand & marketing' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  expect(await dialog.textContent()).toContain('1 note')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await rows.count()).toBe(2)
  await marketing.getByRole('button', { name: 'Delete team Brand & marketing' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect.poll(() => rows.count()).toBe(1)
  // An unused team goes without asking.
  await rows.first().getByRole('button', { name: 'Delete team Customer support' }).click()
  await expect.poll(() => rows.count()).toBe(0)

  saved = await saveAndRead(page, path)
  expect(saved.teams).toEqual([])
  expect(card(saved, 'cardA').teamIds).toEqual([])
  expect(saved.maps[0]!.stages[0]!.teamRoles).toEqual([])

  // Undo brings the deleted team back, with its place on the note and the stage.
  await blurFields(page)
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect.poll(() => rows.count()).toBe(2)
  saved = await saveAndRead(page, path)
  expect(card(saved, 'cardA').teamIds).toEqual(['teamMkt'])
  expect(saved.maps[0]!.stages[0]!.teamRoles).toEqual([{ teamId: 'teamMkt', role: 'Runs the ads' }])
})

test('map summary and tabs: type, persona, add from a template, switch, rename, delete', async () => {
  const { page, path } = await openFixture(fixture())
  const summary = page.getByTestId('map-summary')
  await summary.getByLabel('Map type').selectOption({ label: 'Future state' })
  await summary.getByLabel('Persona').selectOption({ label: 'Add persona…' })
  const personaName = summary.getByLabel('New persona name')
  await personaName.fill('Sara, 34, nurse')
  await personaName.press('Enter')
  await expect.poll(() => summary.getByLabel('Persona').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Sara, 34, nurse')

  const tabs = page.getByTestId('map-tabs')
  // The only map cannot be deleted: the button says why.
  const onlyDelete = tabs.getByRole('button', { name: 'Delete map Checkout' })
  expect(await onlyDelete.getAttribute('aria-disabled')).toBe('true')
  expect(await onlyDelete.getAttribute('title')).toBe('A project keeps at least one map')
  // aria-disabled (not disabled) so the tooltip shows; a click does nothing.
  await onlyDelete.dispatchEvent('click')
  expect(await page.getByRole('dialog').count()).toBe(0)

  await tabs.getByRole('button', { name: 'Add a map' }).click()
  const menu = page.getByRole('menu')
  await menu.waitFor()
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'panels-add-map-menu-en.png') })
  await menu.getByRole('menuitem', { name: /4-stage|Four-stage|4 stage/i }).click()
  await expect.poll(() => tabs.getByRole('tab').count()).toBe(2)
  const second = tabs.getByRole('tab').nth(1)
  expect(await second.getAttribute('aria-selected')).toBe('true')
  // The board and the summary follow the active map.
  await expect.poll(() => summary.getByLabel('Map name').inputValue()).not.toBe('Checkout')

  await second.dblclick()
  const rename = tabs.getByLabel('Map name')
  await rename.fill('Future checkout')
  await rename.press('Enter')
  await expect.poll(() => tabs.getByRole('tab').nth(1).textContent()).toBe('Future checkout')
  await tabs.getByRole('tab', { name: 'Checkout', exact: true }).click()
  expect(await summary.getByLabel('Map name').inputValue()).toBe('Checkout')
  // Keyboard: arrow to the next tab, F2 to rename.
  await tabs.getByRole('tab', { name: 'Checkout', exact: true }).press('ArrowRight')
  await expect.poll(() => tabs.getByRole('tab', { name: 'Future checkout' }).getAttribute('aria-selected')).toBe('true')
  await tabs.getByRole('tab', { name: 'Future checkout' }).press('F2')
  await tabs.getByLabel('Map name').press('Escape')
  await expect.poll(() => tabs.getByRole('tab', { name: 'Future checkout' }).count()).toBe(1)

  let saved = await saveAndRead(page, path)
  expect(saved.maps.map((m) => m.name)).toEqual(['Checkout', 'Future checkout'])
  expect(saved.maps[0]).toMatchObject({ type: 'future_state', personaId: saved.personas[0]!.id })
  expect(saved.personas.map((p) => p.name)).toEqual(['Sara, 34, nurse'])
  expect(saved.maps[1]!.stages).toHaveLength(4)

  await tabs.getByRole('button', { name: 'Delete map Future checkout' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect.poll(() => tabs.getByRole('tab').count()).toBe(1)
  expect(await tabs.getByRole('tab').first().getAttribute('aria-selected')).toBe('true')
  saved = await saveAndRead(page, path)
  expect(saved.maps.map((m) => m.name)).toEqual(['Checkout'])
})

test('Persian: the panels speak Persian and lay out right to left', async () => {
  await host.close()
  host = await TestHost.start({ dataDir: await tempDir(), viewport: { width: 1400, height: 900 }, browserLocale: 'fa-IR' })
  const project = fixture()
  project.teams.push({ id: 'teamSup', name: 'پشتیبانی مشتری', color: '#0e9384' })
  project.channels.push({ id: 'chIg', name: 'اینستاگرام', icon: 'social' })
  const first = project.maps[0]!.cards[0]!
  Object.assign(first, {
    text: 'آگهی کفش دویدن را در اینستاگرام می‌بیند و روی آن می‌زند',
    teamIds: ['teamSup'],
    channelId: 'chIg',
    phase: 'pre_purchase',
    moment: 'influence',
    tags: ['موبایل', 'شبکهٔ اجتماعی'],
    votes: 12,
    emotionScore: 1,
    evidence: { source: 'survey', note: '۱۲ نفر از ۲۰ نفر' },
  })
  project.maps[0]!.name = 'سفر خرید کفش'
  const { page } = await openFixture(project, 'کفش.journey')
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
  const inspector = page.getByTestId('inspector')
  await inspector.getByTestId('map-summary').waitFor()
  expect(await inspector.getByRole('heading', { name: 'نقشه' }).count()).toBe(1)
  await inspector.screenshot({ path: join(ARTIFACTS_DIR, 'panels-map-summary-fa.png') })

  await select(page, ['cardA'])
  const panel = inspector.getByTestId('card-inspector')
  await panel.waitFor()
  expect(await panel.getByRole('button', { name: 'آبی', exact: true }).count()).toBe(1)
  expect(await panel.getByTestId('votes').textContent()).toBe('۱۲')
  // The inspector sits at the inline end; in RTL its first field starts from the right edge.
  const box = await panel.getByTestId('text-preview').boundingBox()
  const colors = await panel.locator('.swatch').first().boundingBox()
  expect(colors!.x + colors!.width).toBeGreaterThan(box!.x + box!.width - 4)
  await inspector.screenshot({ path: join(ARTIFACTS_DIR, 'panels-inspector-fa.png') })
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'panels-window-fa.png') })

  // The template menu lists the templates in Persian; the new tab is named in Persian too.
  const tabs = page.getByTestId('map-tabs')
  await tabs.getByRole('button', { name: 'افزودن نقشه' }).click()
  const menu = page.getByRole('menu')
  await menu.getByRole('menuitem', { name: /سفر چهار مرحله‌ای/ }).waitFor()
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'panels-add-map-menu-fa.png') })
  await menu.getByRole('menuitem', { name: /سفر چهار مرحله‌ای/ }).click()
  await expect.poll(() => tabs.getByRole('tab').nth(1).textContent()).toBe('سفر چهار مرحله‌ای')
  // Arrow keys follow the reading direction: in RTL, ArrowRight goes back to the first tab.
  await tabs.getByRole('tab').nth(1).press('ArrowRight')
  await expect.poll(() => tabs.getByRole('tab').first().getAttribute('aria-selected')).toBe('true')
})
