import { useEffect, useState } from 'react'
import type { PerfTimeFile, ResumeFile, SessionsFile } from '../calc/export-types.ts'
import { DataWarnings } from '../components/data-warnings.tsx'
import type { Problem } from '../loaders/validate/problem.ts'
import { afterPaint } from './after-paint.ts'

/**
 * The validator's findings on the files a race page shows, computed once they have all arrived
 * (an input is `undefined` while it loads, null when absent or unreadable) and the first table is
 * painted: the checks are a lazy chunk, never in the way of the first table.
 */
function useDataWarnings(
  sessions: SessionsFile | undefined,
  perftime: PerfTimeFile | null | undefined,
  resume: ResumeFile | null | undefined,
): Problem[] {
  const [found, setFound] = useState<{ key: object; problems: Problem[] } | null>(null)
  useEffect(() => {
    if (!sessions || perftime === undefined || resume === undefined) return
    let live = true
    const cancel = afterPaint(() => {
      import('../loaders/validate/race-checks.ts').then(
        (checks) => {
          if (live) {
            setFound({
              key: sessions,
              problems: checks.checkLoadedRace(sessions, perftime, resume),
            })
          }
        },
        // Offline or a new deploy: no warning rather than a broken page.
        () => undefined,
      )
    })
    return () => {
      live = false
      cancel()
    }
  }, [sessions, perftime, resume])
  return found && found.key === sessions ? found.problems : []
}

/**
 * The note under a race page. Its own component: the findings arriving re-render it alone, never
 * the page and its table (10,000 rows would take seconds).
 */
export function RaceDataWarnings({
  sessions,
  perftime,
  resume,
}: {
  sessions: SessionsFile | undefined
  perftime: PerfTimeFile | null | undefined
  resume: ResumeFile | null | undefined
}) {
  return <DataWarnings problems={useDataWarnings(sessions, perftime, resume)} />
}
