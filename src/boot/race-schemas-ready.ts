/**
 * A pause after the race files' schemas: zod builds each schema when its module is evaluated
 * (some 30 ms at 4× CPU for these), so the next modules are evaluated in a new task.
 */
import '../loaders/race-schemas.ts'
import { nextTask } from '../pages/next-task.ts'

await nextTask()
