/** A pause after the schemas of the season files and the lookups (see race-schemas-ready.ts). */
import '../loaders/season-schemas.ts'
import { nextTask } from '../pages/next-task.ts'

await nextTask()
