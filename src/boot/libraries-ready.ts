/**
 * The first of the entry's pauses (src/main.tsx imports these files first, in order): once React
 * DOM and TanStack Query and Table are evaluated, the rest of the entry runs in a new task. The
 * bundler keeps the top-level await in the one entry chunk, so evaluating the entry is several
 * tasks instead of one of 200+ ms at 4× CPU, and no request is added.
 */
import '@tanstack/react-query'
import '@tanstack/react-table'
import 'react-dom/client'
import { nextTask } from '../pages/next-task.ts'

await nextTask()
