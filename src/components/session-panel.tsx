import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { Participant, Session } from '../calc/export-types.ts'
import { sessionKind } from '../calc/session-codes.ts'
import { buildSessionView, type SessionViewRow } from '../calc/session-view.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { Legend, type LegendItem, MARKERS } from './legend.tsx'
import { DataTable } from './tables/data-table.tsx'
import { type RaceGapMode, sessionColumnIds, sessionColumns } from './tables/session-columns.tsx'

interface SessionPanelProps {
  raceGap?: RaceGapMode
  onRaceGapChange?: (mode: RaceGapMode) => void
  csvName?: string[] | undefined
  caption: string
  session: Session
  sessions: readonly Session[]
  participants: Record<string, Participant> | undefined
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}

const OPTIONAL: Record<string, keyof ReturnType<typeof buildSessionView>['has']> = {
  no: 'carNumber',
  tyres: 'tyres',
  engine: 'engine',
  laps: 'laps',
  pct: 'pct',
}

function legendFor(kind: string, view: ReturnType<typeof buildSessionView>): LegendItem[] {
  if (kind === 'grid' || kind === 'sprint-grid') return [MARKERS.pole]
  if (kind === 'race' || kind === 'sprint') return [MARKERS.podium]
  if (kind === 'fastest-lap') return [MARKERS.fastest]
  const items: LegendItem[] = [MARKERS.best]
  if (view.rows.some((row) => row.outside107)) items.push(MARKERS.outside107)
  return items
}

/** One session's results: the columns of its kind, computed gaps, markers and a legend. */
export function SessionPanel(props: SessionPanelProps) {
  const { caption, session, sessions, participants, sorting, onSortingChange, csvName } = props
  const { raceGap = 'leader', onRaceGapChange } = props
  const { t } = useI18n()
  const kind = sessionKind(session.code)
  const view = useMemo(
    () => buildSessionView(session, sessions, participants),
    [session, sessions, participants],
  )
  const columns = useMemo(() => {
    const ids = sessionColumnIds(kind, raceGap).filter((id) => {
      const flag = OPTIONAL[id]
      return flag ? view.has[flag] : true
    })
    const all = sessionColumns(kind)
    return ids.flatMap((id) => all.filter((column) => column.id === id))
  }, [kind, view, raceGap])
  if (view.rows.length === 0) return <p className="empty">{t('emptySession')}</p>
  const podium = kind === 'race' || kind === 'sprint'
  return (
    <>
      {podium && onRaceGapChange && (
        <fieldset className="switch gap-mode">
          <legend>{t('gapMode')}</legend>
          {(['leader', 'interval'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={raceGap === mode}
              onClick={() => onRaceGapChange(mode)}
            >
              {t(mode === 'leader' ? 'gapToLeader' : 'gapToAhead')}
            </button>
          ))}
        </fieldset>
      )}
      <DataTable<SessionViewRow>
        caption={caption}
        columns={columns}
        data={view.rows}
        getRowId={(row) => row.key}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName } : {})}
        rowClassName={(row) =>
          podium && row.row.position != null && row.row.position <= 3 && row.status == null
            ? `podium podium-${row.row.position}`
            : undefined
        }
      />
      <Legend
        items={legendFor(kind, view)}
        terms={view.has.pct ? ['termPct'] : []}
        statuses={kind === 'race' || kind === 'sprint' || kind === 'grid'}
      />
    </>
  )
}
