import type { ResumeRow } from '../../calc/export-types.ts'
import type { I18n } from '../../i18n/i18n.tsx'
import { sessionLabel } from '../../i18n/session-label.ts'
import { sessionShortLabel } from '../../i18n/session-short-label.ts'
import { text } from '../cells.tsx'
import { withPriority } from './column-priority.ts'
import { driverColumn, teamColumn } from './driver-columns.tsx'
import { columnHelper, type ResultsColumn } from './table-features.ts'

const helper = columnHelper<ResumeRow>()
const num = { numeric: true } as const
const last = { sortUndefined: 'last' as const }

function pct(i18n: I18n, value: number | null | undefined): string {
  return value == null ? text(null) : i18n.number(value, 2)
}

function flag(i18n: I18n, value: 0 | 1 | null): string {
  if (value == null) return text(null)
  return value === 1 ? i18n.t('yes') : i18n.t('no')
}

function count(key: keyof ResumeRow, label: Parameters<I18n['t']>[0], title?: string) {
  return helper.accessor((row) => (row[key] as number | null) ?? undefined, {
    id: key,
    meta: { ...num, label, ...(title ? { title } : {}) },
    ...last,
    cell: (c) => text(c.row.original[key] as number | null),
  })
}

/** The Résumé's key figures, first and always in view on a phone: the rest is one tap away. */
const RESUME_KEY = new Set(['driver', 'pos_race', 'perf_pct', 'lead_laps'])

/**
 * Resume columns: the driver and the weekend's key figures (race position, PerfTime, laps led),
 * then the team, a Pos / % pair under each session's grouped header, retirements and the laps
 * spent in the top places. Built per set of sessions.
 */
export function resumeColumns(codes: readonly string[], i18n: I18n): ResultsColumn<ResumeRow>[] {
  const { t } = i18n
  const sessionGroups = codes.map((code) => {
    const key = code.toLowerCase()
    return helper.group({
      id: `s-${key}`,
      meta: { title: sessionLabel(code, t) },
      header: () => sessionShortLabel(code, i18n.lang),
      columns: [
        helper.accessor((row) => row.positions[key] ?? undefined, {
          id: `pos_${key}`,
          meta: { ...num, label: 'colPos', title: `${sessionLabel(code, t)} — ${t('colPos')}` },
          ...last,
          cell: (c) => text(c.row.original.positions[key]),
        }),
        helper.accessor((row) => row.pcts[key] ?? undefined, {
          id: `pct_${key}`,
          meta: { ...num, label: 'colPct', title: `${sessionLabel(code, t)} — %` },
          ...last,
          cell: (c) => pct(i18n, c.row.original.pcts[key]),
        }),
      ] as ResultsColumn<ResumeRow>[],
    })
  })
  const columns: ResultsColumn<ResumeRow>[] = [
    driverColumn<ResumeRow>(),
    count('pos_race', 'colRacePos'),
    count('perf_pos', 'colPerfPos', t('termPerfTime')),
    helper.accessor((row) => row.perf_pct ?? undefined, {
      id: 'perf_pct',
      meta: { ...num, label: 'colPerfPct', title: t('termPerfTime') },
      ...last,
      cell: (c) => pct(i18n, c.row.original.perf_pct),
    }),
    count('lead_laps', 'colLeadLaps', t('termLead')),
    helper.accessor((row) => row.lead_km ?? undefined, {
      id: 'lead_km',
      meta: { ...num, label: 'colLeadKm', title: t('termLead') },
      ...last,
      cell: (c) => {
        const km = c.row.original.lead_km
        return km == null ? text(null) : i18n.number(km, 1)
      },
    }),
    teamColumn<ResumeRow>(),
    ...sessionGroups,
    helper.accessor((row) => row.ab_mec ?? undefined, {
      id: 'ab_mec',
      meta: { label: 'colAbMec', title: t('termAbMec') },
      ...last,
      cell: (c) => flag(i18n, c.row.original.ab_mec),
    }),
    helper.accessor((row) => row.ab_pil ?? undefined, {
      id: 'ab_pil',
      meta: { label: 'colAbPil', title: t('termAbPil') },
      ...last,
      cell: (c) => flag(i18n, c.row.original.ab_pil),
    }),
    count('laps_total', 'colLaps'),
    count('laps_top1', 'colTop1', t('termTopX')),
    count('laps_top3', 'colTop3', t('termTopX')),
    count('laps_top6', 'colTop6', t('termTopX')),
    count('laps_top10', 'colTop10', t('termTopX')),
  ]
  return withPriority(columns, RESUME_KEY)
}
