import { DASH, Marker } from '../../../../components/cells.tsx'
import type { LinkComponent } from '../../../../components/link-component.ts'
import { useI18n } from '../../../../i18n/i18n.tsx'
import type { MatrixRound, StandingsMatrix } from '../../calc/standings.ts'
import { useLeagueT } from '../../i18n/translate.ts'
import { Points } from '../markers.tsx'

interface LeagueMatrixTableProps {
  caption: string
  matrix: StandingsMatrix
  Link: LinkComponent
  /** URL changes that open a round's page. */
  roundLink: (round: MatrixRound) => Record<string, string | null>
}

/**
 * Season standings, driver × round. Its own table rather than DataTable: each round header is a
 * link to that round's page, which a sort button cannot contain. Rows stay in standings order.
 */
export function LeagueMatrixTable({ caption, matrix, Link, roundLink }: LeagueMatrixTableProps) {
  const { t } = useI18n()
  const lt = useLeagueT()
  const roundName = (round: MatrixRound) => {
    const title = round.name
      ? lt('roundTitleNamed', { n: round.roundNumber, name: round.name })
      : lt('roundTitle', { n: round.roundNumber })
    return round.counted ? title : `${title} (${lt('roundInProgress')})`
  }
  return (
    <div className="table-scroll">
      <table className="results league-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num sticky">
              {t('colPos')}
            </th>
            <th scope="col" className="sticky">
              {t('colDriver')}
            </th>
            {matrix.rounds.map((round) => (
              <th key={round.roundId} scope="col" className="num" title={roundName(round)}>
                <Link to={roundLink(round)} className="round-link">
                  <span aria-hidden="true">{lt('roundShort', { n: round.roundNumber })}</span>
                  <span className="visually-hidden">{roundName(round)}</span>
                </Link>
              </th>
            ))}
            <th scope="col" className="num">
              {lt('colTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr
              key={row.driverId}
              className={row.position <= 3 ? `podium podium-${row.position}` : undefined}
            >
              <td className="num sticky">{row.position}</td>
              <td className="sticky">{row.driverName}</td>
              {row.points.map((points, index) => (
                <td key={matrix.rounds[index]?.roundId ?? index} className="num">
                  {points == null ? DASH : <Points value={points} />}
                </td>
              ))}
              <td className="num">
                <strong>
                  <Points value={row.total} />
                </strong>
                {row.sum !== row.total && (
                  <Marker
                    kind="107"
                    label={lt('totalMismatch', { total: row.total, sum: row.sum })}
                  >
                    ⚠
                  </Marker>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
