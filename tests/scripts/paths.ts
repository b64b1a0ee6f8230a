import { resolve } from 'node:path'

/** The clone's root: the scripts under test run from here. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..')
/** A small export folder the validator passes: copied by the CLI tests, then spoiled. */
export const VALID_EXPORTS = resolve(REPO_ROOT, 'tests/fixtures/exports-valid')
