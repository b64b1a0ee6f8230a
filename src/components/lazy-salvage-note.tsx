import { lazy, Suspense } from 'react'
import type { ShapeProblem } from '../calc/load-error.ts'

// Only a salvaged file has a note: its code (and its strings) load with it.
const SalvageNote = lazy(() =>
  import('./salvage-note.tsx').then((module) => ({ default: module.SalvageNote })),
)

/** The salvage note above a table, when its file was salvaged (salvage-note.tsx). */
export function LazySalvageNote({ problems }: { problems: readonly ShapeProblem[] | undefined }) {
  if (!problems) return null
  return (
    <Suspense fallback={null}>
      <SalvageNote problems={problems} />
    </Suspense>
  )
}
