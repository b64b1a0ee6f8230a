import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { SessionsFile } from '../calc/export-types.ts'
import { lapChartData } from '../calc/lap-chart.ts'
import { LapChart } from '../components/charts/lap-chart.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { TablePlaceholder } from '../components/table-placeholder.tsx'
import { useChartsT } from '../i18n/charts-translate.ts'
import { lapsQuery } from '../loaders/race-queries.ts'
import { useDataSource } from './data-source.ts'
import '../styles/charts.css'

/** The LAPS tab (a lazy chunk): laps.json drawn with the race's names and teams. */
export function LapChartTab({ raceId, file }: { raceId: string; file: SessionsFile }) {
  const ct = useChartsT()
  const laps = useQuery(lapsQuery(useDataSource(), raceId))
  const rows = file.sessions.find((session) => session.code === 'RACE')?.rows
  const data = useMemo(
    () => (laps.data ? lapChartData(laps.data, rows ?? []) : null),
    [laps.data, rows],
  )
  if (laps.error != null) {
    return <FileProblem error={laps.error} onRetry={() => void laps.refetch()} />
  }
  if (laps.isPending) return <TablePlaceholder />
  if (!data) return null
  const race = `${file.meta.gp_name} ${file.meta.year}`
  const title = ct('lapChartName', { race, cars: data.cars, laps: data.lastLap })
  return <LapChart data={data} title={title} ct={ct} />
}
