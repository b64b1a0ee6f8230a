import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { DataSource } from '../loaders/data-source.ts'
import { lapsQuery } from '../loaders/v33-queries.ts'
import { afterPaint } from './after-paint.ts'

/**
 * Whether the race has a lap chart tab: laps.json is asked for once the first table is painted
 * (not in the first wave), at once when the URL opens that tab. Absent (404): no tab at all.
 * While the file is on its way for a URL that asks for the tab, the tab is kept so that the
 * page does not fall back to another one and jump.
 */
export function useLapsTab(source: DataSource, raceId: string, wanted: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => afterPaint(() => setPainted(true)), [])
  const laps = useQuery({ ...lapsQuery(source, raceId), enabled: painted || wanted })
  return laps.data != null || (wanted && laps.isPending)
}
