import { useQueryClient } from '@tanstack/react-query'
import { startTransition, useEffect, useState } from 'react'
import type { DataSource } from '../loaders/data-source.ts'
import { afterPaint } from './after-paint.ts'

/**
 * Whether the race has a lap chart tab. laps.json is asked for once the first table is painted
 * (not in the first wave); the probe is in the tab's own lazy chunk, so the first bundle
 * barely grows. Absent (404): no tab at all. Until the answer comes (or if it fails), a URL that
 * asks for the tab keeps it, so the page does not jump to another tab, and a broken file shows
 * its problem in the tab. The probe loads the tab's chunk: no separate prefetch is needed.
 */
export function useLapsTab(source: DataSource, raceId: string, wanted: boolean): boolean {
  const client = useQueryClient()
  const key = source + raceId
  const [known, setKnown] = useState<[string, boolean]>()
  useEffect(
    () =>
      afterPaint(() => {
        import('./lap-chart-tab.tsx')
          .then((module) => module.hasLaps(client, source, raceId))
          // A transition: the page's re-render (a tab joins) yields to the browser.
          .then((has) => startTransition(() => setKnown([key, has])))
          // Offline, cancelled or a broken file: the tab stays as the URL asks (the tab's panel
          // shows the file's problem), and nothing goes uncaught.
          .catch(() => undefined)
      }),
    [client, source, raceId, key],
  )
  return known?.[0] === key ? known[1] : wanted
}
