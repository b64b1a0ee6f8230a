/** The table `npm run lighthouse` prints: one row per page and lookups, goals marked. */
import type { Interactive } from './interactive.ts'
import { millis, seconds, textTable } from './table.ts'

export interface LighthouseRow {
  page: string
  path: string
  lookups: string
  gated: boolean
  figures: { performance: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number }
  /** The gp-page:interactive mark and the first row, at 4× CPU and slow 4G (median). */
  interactive: Interactive
  missed: string[]
}

export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  return textTable(
    [
      'page',
      'lookups',
      'perf',
      'LCP',
      'TBT',
      'CLS',
      'FCP',
      'first row*',
      'interactive*',
      'blocking*',
      'goals',
    ],
    rows.map((row) => [
      `${row.page} ${row.path}`,
      row.lookups,
      row.figures.performance.toFixed(2),
      seconds(row.figures.lcpMs),
      millis(row.figures.tbtMs),
      String(Number(row.figures.cls.toFixed(4))),
      seconds(row.figures.fcpMs),
      seconds(row.interactive.firstRowMs),
      seconds(row.interactive.interactiveMs),
      millis(row.interactive.blockingMs),
      row.gated ? (row.missed.length === 0 ? 'met' : 'MISSED') : 'not gated',
    ]),
  )
}
