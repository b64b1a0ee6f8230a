import { useQuery } from '@tanstack/react-query'
import { memo, useMemo } from 'react'
import type { Session } from '../calc/export-types.ts'
import { weekendSummary } from '../calc/weekend-summary.ts'
import { WeekendHeader } from '../components/weekend-header.tsx'
import { lapsQuery, resumeQuery } from '../loaders/race-queries.ts'
import { useDataSource } from './data-source.ts'
import { Link } from './link.tsx'

/**
 * The weekend header of a race page (a lazy chunk): the sessions it is given, laps.json for the
 * laps led as ranges, resume.json's counts otherwise. A missing or broken optional file only
 * leaves its item out: the tabs below say what is wrong with it.
 * Memoised: the race page re-renders when a lookup or the lap chart's probe answers.
 */
export const WeekendSection = memo(function WeekendSection({
  raceId,
  sessions,
}: {
  raceId: string
  sessions: Session[]
}) {
  const source = useDataSource()
  const laps = useQuery(lapsQuery(source, raceId))
  const resume = useQuery(resumeQuery(source, raceId))
  const summary = useMemo(
    () =>
      weekendSummary(
        sessions,
        laps.data?.laps ?? null,
        // While laps.json is on its way the counts are not shown, so the header does not jump.
        laps.isPending ? null : (resume.data?.rows ?? null),
      ),
    [sessions, laps.data, laps.isPending, resume.data],
  )
  return <WeekendHeader summary={summary} link={Link} />
})
