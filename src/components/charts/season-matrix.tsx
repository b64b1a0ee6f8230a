import type { CellKind, SeasonMatrix } from '../../calc/season-matrix.ts'
import type { ChartsMessageKey } from '../../i18n/charts-messages.ts'
import type { ChartsTranslate } from '../../i18n/charts-translate.ts'
import { RoundsHeaderRow } from './rounds-header-row.tsx'

const KEY: ReadonlyArray<[CellKind, ChartsMessageKey, string]> = [
  ['win', 'cellWin', '1'],
  ['podium', 'cellPodium', '2'],
  ['points', 'cellPoints', '7'],
  ['no-points', 'cellNoPoints', '14'],
  ['not-classified', 'cellNotClassified', 'NC'],
  ['retired', 'cellRetired', 'Ret'],
  ['dsq', 'cellDsq', 'DSQ'],
  ['dnq', 'cellDnq', 'DNQ'],
  ['dns', 'cellDns', 'DNS'],
  ['not-run', 'cellNotRun', ''],
]

const LABEL = new Map(KEY.map(([kind, label]) => [kind, label]))

/**
 * Drivers × rounds, Wikipedia's colour key: each cell's text says what its colour says, and its
 * title the key's word; the driver column stays in view while the rounds scroll.
 */
export function SeasonMatrixTable({ matrix, ct }: { matrix: SeasonMatrix; ct: ChartsTranslate }) {
  const title = ct('matrixTitle')
  return (
    <section className="chart" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{title}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (keyboard scrolling) */}
      <section className="matrix-scroll" aria-label={title} tabIndex={0}>
        <table className="matrix">
          <thead>
            <RoundsHeaderRow
              rounds={matrix.rounds}
              ct={ct}
              after={<th scope="col">{ct('matrixPoints')}</th>}
            />
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.driverId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, index) => {
                  const label = LABEL.get(cell.kind)
                  const podium = cell.kind === 'podium' ? ` p${cell.text}` : ''
                  return (
                    <td
                      key={matrix.rounds[index]?.round ?? index}
                      className={`cell-${cell.kind}${podium}`}
                      title={label ? ct(label) : ct('cellAbsent')}
                    >
                      {cell.text}
                    </td>
                  )
                })}
                <td>{row.points ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h3 className="chart-note">{ct('matrixKey')}</h3>
      <ul className="matrix-key">
        {KEY.map(([kind, label, sample]) => (
          <li key={kind}>
            <span className={`cell-${kind}`} aria-hidden="true">
              {sample || '\u00a0'}
            </span>
            {ct(label)}
          </li>
        ))}
      </ul>
      <p className="chart-note">{ct('matrixNoMarks')}</p>
    </section>
  )
}
