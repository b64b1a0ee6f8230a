import type { ReactNode } from 'react'
import type { ChartsTranslate } from '../../i18n/charts-translate.ts'

/**
 * The header row of a drivers × rounds table (season matrix, the progression chart's data table):
 * a driver column, then one "R1, R2…" column per round, its full name in an abbr's title.
 */
export function RoundsHeaderRow({
  rounds,
  ct,
  after,
}: {
  rounds: ReadonlyArray<{ round: number; name: string }>
  ct: ChartsTranslate
  /** Header cells after the rounds (e.g. the season's points). */
  after?: ReactNode
}) {
  return (
    <tr>
      <th scope="col">{ct('matrixDriver')}</th>
      {rounds.map((round) => (
        <th key={round.round} scope="col">
          <abbr title={round.name}>{ct('roundShort', { n: round.round })}</abbr>
        </th>
      ))}
      {after}
    </tr>
  )
}
