/**
 * The IPC channel names, as plain constants with no imports.
 *
 * The sandboxed preload bundles this file to know which channels it may
 * forward. It must stay free of zod (and of anything else heavy): the preload
 * is one small CommonJS script, and whatever it imports is inlined into it.
 * `shared/api.ts` holds the schemas and types; it should re-use these lists so
 * the two can never drift apart (the `satisfies` checks in api.ts, once it
 * imports this file, make a mismatch a compile error).
 */

/** Prefix of the IPC channel names on the wire (`jw:document:open`, …). */
export const IPC_PREFIX = 'jw:'

/** Every renderer → main request channel (keys of `requestSchemas` in api.ts). */
export const requestChannelNames = [
  'document:initial',
  'document:new',
  'document:open',
  'document:openRecent',
  'document:openDropped',
  'document:save',
  'document:saveAs',
  'document:reload',
  'document:close',
  'document:setDirty',
  'draft:write',
  'draft:list',
  'draft:restore',
  'draft:discard',
  'recent:list',
  'recent:clear',
  'app:setLocale',
  // Printing and export (renderer/print, main/print)
  'print:pdf',
  'print:system',
  'export:save',
  'import:csv',
] as const

/** Every main → renderer event channel (keys of `EventMap` in api.ts). */
export const eventChannelNames = ['menu:command', 'document:changedOnDisk', 'document:opened'] as const

export type RequestChannelName = (typeof requestChannelNames)[number]
export type EventChannelName = (typeof eventChannelNames)[number]
