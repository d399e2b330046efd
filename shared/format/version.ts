/** The `format` marker every .journey file carries, so other JSON is told apart. */
export const FORMAT_ID = 'journeywall'

/**
 * The format version this build writes and the newest it reads. Bumping it
 * means adding `migrations/v{N-1}-to-v{N}.ts` and a stored sample
 * `test/fixtures/format/v{N}.journey` (the migrations test fails without one).
 */
export const CURRENT_FORMAT_VERSION = 1
