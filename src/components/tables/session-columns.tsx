import type { ReactNode } from 'react'
import type { ColumnPriority } from '../../calc/column-layout.ts'
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

type Cell = (view: SessionViewRow) => ReactNode

/** A figure: right-aligned, empty values last whichever way the column sorts. */
function figure(
  id: string,
  label: MessageKey,
  value: (view: SessionViewRow) => number | null | undefined,
  cell: (view: SessionViewRow) => ReactNode,
): ResultsColumn<SessionViewRow> {
  return helper.accessor((v) => value(v) ?? undefined, {
    id,
    meta: { ...num, label },
    ...last,
    cell: (c) => cell(c.row.original),
  })
}

/**
 * A time or gap cell; with `withStatus`, the row's status follows it: "ab · Engine" alone where
 * the row has no time, "+3 laps nc" where it has both.
 */
function withStatusOf(
  withStatus: boolean,
  value: (view: SessionViewRow) => string | null,
  shown: (view: SessionViewRow) => ReactNode,
) {
  return (view: SessionViewRow) => {
    if (!withStatus || (view.status == null && view.reason == null)) return shown(view)
    const status = <StatusLabel status={view.status} reason={view.reason} />
    if (value(view) == null) return <span className="inline-status">{status}</span>
    return (
      <>
        {shown(view)} <span className="inline-status">{status}</span>
      </>
    )
  }
}

/** The race's time or gap (or interval), with its penalty. */
const raceFigure = (pick: (view: SessionViewRow) => string | null) => (view: SessionViewRow) => (
  <>
    <RaceGap value={pick(view)} />
    <PenaltyNote seconds={view.penalty} />
  </>
)
const timeOrGap = (view: SessionViewRow) => view.timeOrGap
const interval = (view: SessionViewRow) => view.interval
const bestLap = (view: SessionViewRow) => view.row.best_lap_time_raw

/**
 * Every column of the session tables; a tab shows those its kind lists (session-kinds.ts). With
 * `inlineStatus`, a status joins the time or gap it explains (column-layout.ts).
 */
function buildColumns(inlineStatus: boolean): ResultsColumn<SessionViewRow>[] {
  const bestMs = (v: SessionViewRow) => v.row.best_lap_ms
  const asRead = (value: (v: SessionViewRow) => number | null | undefined) => (v: SessionViewRow) =>
    text(value(v))
  const race = (pick: (v: SessionViewRow) => string | null) =>
    withStatusOf(inlineStatus, pick, raceFigure(pick))
  // id, header, sort value, cell: the figures of every kind, in no particular order.
  const figures: Array<
    [string, MessageKey, (v: SessionViewRow) => number | null | undefined, Cell]
  > = [
    [
      'no',
      'colNo',
      (v) => (v.carNumber == null ? null : Number(v.carNumber)),
      (v) => text(v.carNumber),
    ],
    ['time', 'colTime', bestMs, (v) => text(bestLap(v))],
    // On a grid the time is the qualifying time that set the place.
    ['qtime', 'colQualTime', bestMs, withStatusOf(inlineStatus, bestLap, (v) => text(bestLap(v)))],
    ['gap', 'colGap', bestMs, (v) => text(v.gap)],
    ['pct', 'colPct', (v) => v.pct, (v) => <PctCell view={v} />],
    ['laps', 'colLaps', (v) => v.row.laps, asRead((v) => v.row.laps)],
    ['qlaps', 'colQualLaps', (v) => v.totalLapsQ, asRead((v) => v.totalLapsQ)],
    ['timegap', 'colTimeGap', (v) => v.order, race(timeOrGap)],
    ['interval', 'colInterval', (v) => v.order, race(interval)],
    ['pts', 'colPts', (v) => v.row.points, asRead((v) => v.row.points)],
    ['grid', 'colGrid', (v) => v.row.grid, asRead((v) => v.row.grid)],
    ['gained', 'colGained', (v) => v.gained, (v) => <GainedCell gained={v.gained} />],
    ['lap', 'colLap', (v) => v.row.lap_release, asRead((v) => v.row.lap_release)],
  ]
  return [
    helper.accessor((v) => v.row.position ?? undefined, {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
      ...last,
      cell: (c) => <PositionCell view={c.row.original} />,
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
    helper.accessor((v) => v.status ?? undefined, {
      id: 'status',
      meta: { label: 'colStatus' },
      sortFn: 'text',
      ...last,
      cell: (c) => <StatusLabel status={c.row.original.status} reason={c.row.original.reason} />,
    }),
    ...figures.map(([id, label, value, cell]) => figure(id, label, value, cell)),
  ]
}

const COLUMNS = { separate: buildColumns(false), inline: buildColumns(true) }

export type RaceGapMode = 'leader' | 'interval'

/**
 * The columns of a session table, in order; races show the gap to the leader or the interval.
 * Each column carries its priority on a narrow screen (column-layout.ts).
 */
export function sessionColumns(
  ids: readonly SessionColumnId[],
  raceGap: RaceGapMode,
  layout: { inlineStatus: boolean; priority: (id: SessionColumnId) => ColumnPriority },
): ResultsColumn<SessionViewRow>[] {
  const all = layout.inlineStatus ? COLUMNS.inline : COLUMNS.separate
  return ids.flatMap((id) => {
    const shown = id === 'timegap' && raceGap === 'interval' ? 'interval' : id
    return all
      .filter((column) => column.id === shown)
      .map((column) => ({ ...column, meta: { ...column.meta, priority: layout.priority(id) } }))
  })
}

/** The header of a session column ("Pneus"), for the note that replaces it (column-layout.ts). */
export function sessionColumnLabel(id: SessionColumnId): MessageKey | undefined {
  return COLUMNS.separate.find((column) => column.id === id)?.meta?.label
}
