import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import { columnPriority, sessionLayout } from '../calc/column-layout.ts'
import type { Participant, Session } from '../calc/export-types.ts'
import { buildSessionView, type SessionViewRow } from '../calc/session-view.ts'
import { useI18n } from '../i18n/i18n.tsx'
import { LazySalvageNote } from './lazy-salvage-note.tsx'
import { Legend, MARKERS } from './legend.tsx'
import { DataTable } from './tables/data-table.tsx'
import { type RaceGapMode, sessionColumns } from './tables/session-columns.tsx'
import { UniformNotes } from './uniform-notes.tsx'

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

/**
 * One session's results: the columns of its kind, computed gaps, markers and a legend that lists
 * exactly the markers drawn (both read calc/session-kinds.ts through the session view).
 */
export function SessionPanel(props: SessionPanelProps) {
  const { caption, session, sessions, participants, sorting, onSortingChange, csvName } = props
  const { raceGap = 'leader', onRaceGapChange } = props
  const { t } = useI18n()
  const view = useMemo(
    () => buildSessionView(session, sessions, participants),
    [session, sessions, participants],
  )
  const layout = useMemo(() => sessionLayout(view), [view])
  const columns = useMemo(
    () =>
      sessionColumns(layout.columns, raceGap, {
        inlineStatus: layout.statusInline,
        priority: (id) => columnPriority(view.rules, id),
      }),
    [view, layout, raceGap],
  )
  if (view.rows.length === 0) return <p className="empty">{t('emptySession')}</p>
  const { rules } = view
  return (
    <>
      {rules.race && onRaceGapChange && (
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
      <LazySalvageNote problems={session.salvaged} />
      <UniformNotes columns={layout.uniform} />
      <DataTable<SessionViewRow>
        unreadable={(row, column) => row.row.unreadable?.[column]}
        caption={caption}
        columns={columns}
        data={view.rows}
        getRowId={(row) => row.key}
        sorting={sorting}
        onSortingChange={onSortingChange}
        {...(csvName ? { csvName } : {})}
        rowClassName={(row) =>
          row.markers.includes('podium') ? `podium podium-${row.row.position}` : undefined
        }
      />
      <Legend
        items={view.markers.map((marker) => MARKERS[marker])}
        terms={view.columns.includes('pct') ? ['termPct'] : []}
        statuses={rules.statuses}
      />
    </>
  )
}
