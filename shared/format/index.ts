/** The .journey file format: read with `parseJourney`, write with `serializeJourney`. */
export { parseJourney, type ParseOptions, type ParseResult } from './parse'
export { serializeJourney, serializeJourneyBytes } from './serialize'
export { CURRENT_FORMAT_VERSION, FORMAT_ID } from './version'
export { MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, findExcessiveNesting, scanStructure } from './limits'
export { problems } from './problems'
export { sniff, type Sniffed } from './sniff'
export { migrate, migrations, MissingMigrationError, type Migration, type MigrationRegistry } from './migrations'
