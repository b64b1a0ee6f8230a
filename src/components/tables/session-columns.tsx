import { parseLapsBehind } from '../../calc/lap-time.ts'
import type { SessionViewRow } from '../../calc/session-view.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { Marker, TeamName, text } from '../cells.tsx'
import { StatusLabel } from '../status-label.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

/**
 * Columns of the session tables (practice, qualifying, grid, race, fastest lap). Each tab picks
 * the ids it shows (see sessionColumnIds). Nulls sort last whichever way.
 */
const helper = columnHelper<SessionViewRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }
/** A text column some rows leave empty (engine, tyres): the empty ones sort last. */
const optionalText = (id: string, label: MessageKey) =>
  ({ id, meta: { label }, sortFn: 'text', ...last }) as const

function PositionCell({ view, kind }: { view: SessionViewRow; kind: string }) {
  const { t } = useI18n()
  const position = view.row.position
  return (
    <span className="pos">
      {text(position)}
      {view.isSessionBest && kind !== 'grid' && (
        <Marker kind="best" label={kind === 'fastest-lap' ? t('markFastest') : t('markBest')}>
          ◆
        </Marker>
      )}
      {kind === 'grid' && position === 1 && (
        <Marker kind="pole" label={t('markPole')}>
          P
        </Marker>
      )}
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
      {view.outside107 && (
        <Marker kind="107" label={t('mark107')}>
          ⚠
        </Marker>
      )}
    </span>
  )
}

const cache = new Map<string, ResultsColumn<SessionViewRow>[]>()

/** The columns for a session kind, built once per kind and reused (stable identity). */
export function sessionColumns(kind: string): ResultsColumn<SessionViewRow>[] {
  let columns = cache.get(kind)
  if (!columns) {
    columns = buildColumns(kind)
    cache.set(kind, columns)
  }
  return columns
}

function buildColumns(kind: string): ResultsColumn<SessionViewRow>[] {
  return [
    helper.accessor((v) => v.row.position ?? undefined, {
      id: 'pos',
      meta: { ...num, sticky: true, label: 'colPos' },
      ...last,
      cell: (c) => <PositionCell view={c.row.original} kind={kind} />,
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
    helper.accessor((v) => v.row.best_lap_ms ?? undefined, {
      id: 'time',
      meta: { ...num, label: kind === 'grid' ? 'colQualTime' : 'colTime' },
      ...last,
      cell: (c) => text(c.row.original.row.best_lap_time_raw),
    }),
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
      cell: (c) => <RaceGap value={c.row.original.timeOrGap} />,
    }),
    helper.accessor((v) => v.order, {
      id: 'interval',
      meta: { ...num, label: 'colInterval' },
      cell: (c) => <RaceGap value={c.row.original.interval} />,
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
}

const IDS: Record<string, string[]> = {
  practice: ['pos', 'no', 'driver', 'team', 'engine', 'tyres', 'time', 'gap', 'laps'],
  qualifying: ['pos', 'no', 'driver', 'team', 'engine', 'tyres', 'time', 'gap', 'pct', 'laps'],
  grid: ['pos', 'no', 'driver', 'team', 'engine', 'time', 'qlaps', 'status'],
  race: ['pos', 'no', 'driver', 'team', 'engine', 'laps', 'timegap', 'status'],
  'fastest-lap': ['pos', 'no', 'driver', 'team', 'engine', 'time', 'gap', 'lap'],
}

const KIND_TO_LAYOUT: Record<string, string> = {
  practice: 'practice',
  warmup: 'practice',
  unknown: 'practice',
  prequalifying: 'qualifying',
  qualifying: 'qualifying',
  'sprint-qualifying': 'qualifying',
  grid: 'grid',
  'sprint-grid': 'grid',
  race: 'race',
  sprint: 'race',
  'fastest-lap': 'fastest-lap',
}

/** The column ids a session tab shows, in order; races show the gap or the interval. */
export function sessionColumnIds(kind: string, raceGap: RaceGapMode = 'leader'): string[] {
  const ids = IDS[KIND_TO_LAYOUT[kind] ?? 'practice'] ?? []
  return raceGap === 'interval' ? ids.map((id) => (id === 'timegap' ? 'interval' : id)) : ids
}

export type RaceGapMode = 'leader' | 'interval'
