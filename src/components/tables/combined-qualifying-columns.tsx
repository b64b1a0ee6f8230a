import type { CombinedRow } from '../../calc/combined-qualifying.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { sessionLabel } from '../../i18n/session-label.ts'
import { Marker, TeamName, text } from '../cells.tsx'
import { MARKERS } from '../legend.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

const helper = columnHelper<CombinedRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }

/** One session's time; the driver's best carries the ◆ with its words. */
function TimeCell({ row, code }: { row: CombinedRow; code: string }) {
  const { t } = useI18n()
  const time = row.times[code]
  const best = row.bestCode === code
  return (
    <span className={best ? 'driver-best' : undefined}>
      {text(time?.raw)}
      {best && (
        <Marker kind={MARKERS.driverBest.kind} label={t(MARKERS.driverBest.label)}>
          {MARKERS.driverBest.symbol}
        </Marker>
      )}
      {best && row.outside107 && (
        <Marker kind={MARKERS.outside107.kind} label={t(MARKERS.outside107.label)}>
          {MARKERS.outside107.symbol}
        </Marker>
      )}
    </span>
  )
}

/** Pos, Driver, Team, then a time column per session (PQ, Q1, Q2, Q3…), then the grid. */
export function combinedQualifyingColumns(
  codes: readonly string[],
  t: Parameters<typeof sessionLabel>[1],
): ResultsColumn<CombinedRow>[] {
  return [
    helper.accessor((row) => row.order, {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
    }),
    helper.accessor((row) => row.driver_name, {
      id: 'driver',
      meta: { sticky: true, label: 'colDriver' },
      sortFn: 'text',
    }),
    helper.accessor((row) => row.team, {
      id: 'team',
      meta: { label: 'colTeam' },
      sortFn: 'text',
      cell: (c) => <TeamName team={c.row.original.team} />,
    }),
    ...codes.map((code) =>
      helper.accessor((row) => row.times[code]?.ms ?? undefined, {
        id: `time-${code}`,
        meta: { ...num, headerText: code === 'PQ' ? sessionLabel(code, t) : code },
        ...last,
        cell: (c) => <TimeCell row={c.row.original} code={code} />,
      }),
    ),
    helper.accessor((row) => row.grid ?? undefined, {
      id: 'grid',
      meta: { ...num, label: 'colGrid' },
      ...last,
      cell: (c) => text(c.row.original.grid),
    }),
  ]
}
