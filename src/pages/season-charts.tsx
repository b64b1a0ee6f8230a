import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { pointsProgression } from '../calc/points-progression.ts'
import { seasonMatrix } from '../calc/season-matrix.ts'
import { ProgressionChart } from '../components/charts/progression-chart.tsx'
import { SeasonMatrixTable } from '../components/charts/season-matrix.tsx'
import { FileProblem } from '../components/file-problem.tsx'
import { useChartsT } from '../i18n/charts-translate.ts'
import { roundsQuery } from '../loaders/v33-queries.ts'
import { useDataSource } from './data-source.ts'
import '../styles/charts.css'

/**
 * The season page's pictures from rounds.json (a lazy chunk): the results matrix, then the
 * drivers' and constructors' points by round. No rounds.json: nothing at all. No constructors'
 * championship (1950–1957): no constructors' chart.
 */
export function SeasonCharts({ year }: { year: string }) {
  const ct = useChartsT()
  const rounds = useQuery(roundsQuery(useDataSource(), year))
  const charts = useMemo(() => {
    if (!rounds.data) return null
    return {
      matrix: seasonMatrix(rounds.data),
      drivers: pointsProgression(rounds.data, 'drivers'),
      constructors: pointsProgression(rounds.data, 'constructors'),
    }
  }, [rounds.data])
  if (rounds.error != null) {
    return <FileProblem error={rounds.error} onRetry={() => void rounds.refetch()} />
  }
  if (!charts) return null
  return (
    <>
      {charts.drivers.rounds.length > 0 && (
        <div className="progressions">
          <ProgressionChart data={charts.drivers} title={ct('progressionDrivers')} ct={ct} />
          {charts.constructors.rounds.length > 0 && (
            <ProgressionChart
              data={charts.constructors}
              title={ct('progressionConstructors')}
              ct={ct}
            />
          )}
        </div>
      )}
      <SeasonMatrixTable matrix={charts.matrix} ct={ct} />
    </>
  )
}
