import { resolve } from 'node:path'

import { REPO_ROOT } from './paths.ts'

/** The real F1DB / LapChart subset beside the clone (../shared/realdata), as in CI. */
export const REAL_DATA = resolve(REPO_ROOT, '../shared/realdata')
export const F1DB_DATA = resolve(REAL_DATA, 'f1db/src/data')
export const LAPCHART = resolve(REAL_DATA, 'lapchart')

/** The options of `npm run data`. */
export const DATA_OPTIONS = { source: F1DB_DATA, lapchart: LAPCHART, legacyCodes: [265] }
