import type { PerfTimeEntry } from '../../calc/export-types.ts'
import { formatLapTime } from '../../calc/lap-time.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { text } from '../cells.tsx'
import { driverColumn, teamColumn } from './driver-columns.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

const helper = columnHelper<PerfTimeEntry>()

function Pct({ value }: { value: number | null }) {
  const { number } = useI18n()
  return <>{value === null ? text(null) : `${number(value, 2)} %`}</>
}

/** PerfTime: Rang, Pilote, Écurie, Meilleur temps, Séance, % du meilleur. */
export const perfColumns: ResultsColumn<PerfTimeEntry>[] = [
  helper.accessor('rank', { meta: { numeric: true, sticky: true, label: 'colRank' } }),
  driverColumn<PerfTimeEntry>(),
  teamColumn<PerfTimeEntry>(),
  helper.accessor('best_ms', {
    id: 'time',
    meta: { numeric: true, label: 'colBestTime' },
    cell: (c) => text(formatLapTime(c.getValue())),
  }),
  helper.accessor('best_session', {
    id: 'session',
    meta: { label: 'colSession' },
    sortFn: 'alphanumeric',
  }),
  helper.accessor('pct_vs_best', {
    id: 'pct',
    meta: { numeric: true, label: 'colPctBest' },
    cell: (c) => <Pct value={c.getValue()} />,
  }),
]
