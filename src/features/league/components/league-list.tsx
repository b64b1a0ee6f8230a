import type { LinkComponent } from '../../../components/link-component.ts'
import type { LeagueIndexEntry } from '../calc/types.ts'
import { seasonName, useLeagueT } from '../i18n/translate.ts'

interface LeagueListProps {
  leagues: LeagueIndexEntry[]
  Link: LinkComponent
  /** Heading level of the list's title (2 on the index page, 1 on a league's own page). */
  level?: 1 | 2
}

const RESET = { race: null, tab: null, sort: null, season: null, division: null }

/** The leagues of leagues/index.json: each season's standings and rounds, as links. */
export function LeagueList({ leagues, Link, level = 2 }: LeagueListProps) {
  const lt = useLeagueT()
  if (leagues.length === 0) return null
  const Title = level === 1 ? 'h1' : 'h2'
  const Sub = level === 1 ? 'h2' : 'h3'
  return (
    <section className="league-index" aria-labelledby="leagues-title">
      <Title id="leagues-title">{level === 1 ? leagues[0]?.name : lt('leagues')}</Title>
      {leagues.map((league) => (
        <div key={league.id} className="league-card">
          {level === 2 && <Sub>{league.name}</Sub>}
          {league.seasons.map((season) => (
            <div key={season.id} className="league-season">
              <p className="league-season-title">
                <strong>{seasonName(season.name, lt)}</strong>{' '}
                <Link
                  to={{ ...RESET, league: league.id, round: null, standings: String(season.id) }}
                  className="season-link"
                >
                  {lt('seasonStandingsShort')}
                  <span className="visually-hidden">
                    {' '}
                    · {league.name} · {seasonName(season.name, lt)}
                  </span>
                </Link>
              </p>
              <ol
                className="race-list"
                aria-label={`${league.name} · ${seasonName(season.name, lt)}`}
              >
                {season.rounds.map((round) => (
                  <li key={round.id}>
                    <Link
                      to={{ ...RESET, league: league.id, standings: null, round: String(round.id) }}
                    >
                      <span className="race-round">{round.round_number}</span>
                      <span className="race-name">
                        {round.name ?? lt('roundTitle', { n: round.round_number })}
                      </span>
                      {round.status !== 'completed' && (
                        <span className="race-where">{lt('roundInProgress')}</span>
                      )}
                    </Link>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      ))}
    </section>
  )
}
