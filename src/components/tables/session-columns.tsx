import { parseLapsBehind } from '../../calc/lap-time.ts'
import type { SessionColumnId } from '../../calc/session-kinds.ts'
import type { SessionViewRow } from '../../calc/session-view.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { Marker, TeamName, text } from '../cells.tsx'
import { MARKERS } from '../legend.tsx'
import { StatusLabel } from '../status-label.tsx'
import { GainedCell, PenaltyNote } from './race-cells.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

/**
 * Columns of the session tables (practice, qualifying, grid, race, fastest lap). Each tab shows
 * the ids its kind lists (calc/session-kinds.ts). Nulls sort last whichever way.
 */
const helper = columnHelper<SessionViewRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }
/** A text column some rows leave empty (engine, tyres): the empty ones sort last. */
const optionalText = (id: string, label: MessageKey) =>
  ({ id, meta: { label }, sortFn: 'text', ...last }) as const

/** Markers drawn beside the position; the others have their own cell (⚠ in %, +s by the time). */
const POSITION_MARKERS = new Set(['best', 'fastest', 'pole', 'fastestLap', 'sharedCar'])

/** The position, then the row's markers drawn in the cell (◆ best or fastest lap, P pole…). */
function PositionCell({ view }: { view: SessionViewRow }) {
  const { t } = useI18n()
  return (
    <span className="pos">
      {text(view.row.position)}
      {view.markers
        .filter((marker) => POSITION_MARKERS.has(marker))
        .map((marker) => (
          <Marker key={marker} kind={MARKERS[marker].kind} label={t(MARKERS[marker].label)}>
            {MARKERS[marker].symbol}
          </Marker>
        ))}
    </span>
  )
}

/** A race gap as the reader says it: "+17.993", or "+1 tour" / "+2 laps" for lapped cars. */
function RaceGap({ value }: { value: string | null }) {
  const { t } = useI18n()
  const laps = parseLapsBehind(value)
  if (laps == null) return <>{text(value)}</>
  return <>{laps === 1 ? t('lapBehind') : t('lapsBehind', { n: laps })}</>
}

function PctCell({ view }: { view: SessionViewRow }) {
  const { number, t } = useI18n()
  if (view.pct == null) return <>{text(null)}</>
  return (
    <span>
      {number(view.pct, 2)}
      {view.markers.includes('outside107') && (
        <Marker kind={MARKERS.outside107.kind} label={t(MARKERS.outside107.label)}>
          {MARKERS.outside107.symbol}
        </Marker>
      )}
    </span>
  )
}

/** Every column of the session tables; a tab shows those its kind lists (session-kinds.ts). */
const COLUMNS: ResultsColumn<SessionViewRow>[] = [
  helper.accessor((v) => v.row.position ?? undefined, {
    id: 'pos',
    meta: { ...num, sticky: true, label: 'colPos' },
    ...last,
    cell: (c) => <PositionCell view={c.row.original} />,
  }),
  helper.accessor((v) => (v.carNumber == null ? undefined : Number(v.carNumber)), {
    id: 'no',
    meta: { ...num, label: 'colNo' },
    ...last,
    cell: (c) => text(c.row.original.carNumber),
  }),
  helper.accessor((v) => v.row.driver_name, {
    id: 'driver',
    meta: { sticky: true, label: 'colDriver' },
    sortFn: 'text',
    cell: (c) => text(c.getValue()),
  }),
  helper.accessor((v) => v.row.team, {
    id: 'team',
    meta: { label: 'colTeam' },
    sortFn: 'text',
    cell: (c) => <TeamName team={c.row.original.row.team} />,
  }),
  helper.accessor((v) => v.engine ?? undefined, {
    ...optionalText('engine', 'colEngine'),
    cell: (c) => text(c.row.original.engine),
  }),
  helper.accessor((v) => v.tyres ?? undefined, {
    ...optionalText('tyres', 'colTyres'),
    cell: (c) => text(c.row.original.tyres),
  }),
  ...(['time', 'qtime'] as const).map((id) =>
    helper.accessor((v) => v.row.best_lap_ms ?? undefined, {
      id,
      // On a grid the time is the qualifying time that set the place.
      meta: { ...num, label: id === 'qtime' ? 'colQualTime' : 'colTime' },
      ...last,
      cell: (c) => text(c.row.original.row.best_lap_time_raw),
    }),
  ),
  helper.accessor((v) => (v.row.best_lap_ms == null ? undefined : v.row.best_lap_ms), {
    id: 'gap',
    meta: { ...num, label: 'colGap' },
    ...last,
    cell: (c) => text(c.row.original.gap),
  }),
  helper.accessor((v) => v.pct ?? undefined, {
    id: 'pct',
    meta: { ...num, label: 'colPct' },
    ...last,
    cell: (c) => <PctCell view={c.row.original} />,
  }),
  helper.accessor((v) => v.row.laps ?? undefined, {
    id: 'laps',
    meta: { ...num, label: 'colLaps' },
    ...last,
    cell: (c) => text(c.row.original.row.laps),
  }),
  helper.accessor((v) => v.totalLapsQ ?? undefined, {
    id: 'qlaps',
    meta: { ...num, label: 'colQualLaps' },
    ...last,
    cell: (c) => text(c.row.original.totalLapsQ),
  }),
  helper.accessor((v) => v.order, {
    id: 'timegap',
    meta: { ...num, label: 'colTimeGap' },
    cell: (c) => (
      <>
        <RaceGap value={c.row.original.timeOrGap} />
        <PenaltyNote seconds={c.row.original.penalty} />
      </>
    ),
  }),
  helper.accessor((v) => v.order, {
    id: 'interval',
    meta: { ...num, label: 'colInterval' },
    cell: (c) => (
      <>
        <RaceGap value={c.row.original.interval} />
        <PenaltyNote seconds={c.row.original.penalty} />
      </>
    ),
  }),
  helper.accessor((v) => v.row.points ?? undefined, {
    id: 'pts',
    meta: { ...num, label: 'colPts' },
    ...last,
    cell: (c) => text(c.row.original.row.points),
  }),
  helper.accessor((v) => v.row.grid ?? undefined, {
    id: 'grid',
    meta: { ...num, label: 'colGrid' },
    ...last,
    cell: (c) => text(c.row.original.row.grid),
  }),
  helper.accessor((v) => v.gained ?? undefined, {
    id: 'gained',
    meta: { ...num, label: 'colGained' },
    ...last,
    cell: (c) => <GainedCell gained={c.row.original.gained} />,
  }),
  helper.accessor((v) => v.status ?? undefined, {
    id: 'status',
    meta: { label: 'colStatus' },
    sortFn: 'text',
    ...last,
    cell: (c) => <StatusLabel status={c.row.original.status} reason={c.row.original.reason} />,
  }),
  helper.accessor((v) => v.row.lap_release ?? undefined, {
    id: 'lap',
    meta: { ...num, label: 'colLap' },
    ...last,
    cell: (c) => text(c.row.original.row.lap_release),
  }),
]

export type RaceGapMode = 'leader' | 'interval'

/** The columns of a session table, in order; races show the gap to the leader or the interval. */
export function sessionColumns(
  ids: readonly SessionColumnId[],
  raceGap: RaceGapMode,
): ResultsColumn<SessionViewRow>[] {
  return ids
    .map((id) => (id === 'timegap' && raceGap === 'interval' ? 'interval' : id))
    .flatMap((id) => COLUMNS.filter((column) => column.id === id))
}
