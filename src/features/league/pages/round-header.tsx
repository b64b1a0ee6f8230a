import { DocumentHead } from '../../../pages/document-head.tsx'
import { Link } from '../../../pages/link.tsx'
import { namedHead } from '../../../pages/page-head.ts'
import type {
  LeagueDivision,
  LeagueIndexEntry,
  LeagueIndexSeason,
  LeagueRoundFile,
} from '../calc/types.ts'
import { LeagueDivisionFilter } from '../components/division-filter.tsx'
import { seasonName, useLeagueT } from '../i18n/translate.ts'

interface LeagueRoundHeaderProps {
  file: LeagueRoundFile
  leagueId: string
  place: { league: LeagueIndexEntry | undefined; season: LeagueIndexSeason | undefined }
  division: LeagueDivision | null
  onDivision: (divisionId: number | null) => void
}

const STAY = { tab: null, sort: null, race: null, season: null }

/** League and round names, the season's standings and other rounds, the division filter. */
export function LeagueRoundHeader(props: LeagueRoundHeaderProps) {
  const { file, leagueId, place, division, onDivision } = props
  const lt = useLeagueT()
  const { round } = file
  const title = round.name
    ? lt('roundTitleNamed', { n: round.round_number, name: round.name })
    : lt('roundTitle', { n: round.round_number })
  const { league, season } = place
  return (
    <header className="league-header">
      <DocumentHead
        head={namedHead(
          [league?.name ?? leagueId, title],
          lt('pageDescriptionLeague', { league: league?.name ?? leagueId }),
        )}
      />
      <p className="league-kicker">
        {league?.name ?? leagueId}
        {season && ` · ${seasonName(season.name, lt)}`}
      </p>
      <h1>
        {title}
        {round.status !== 'completed' && (
          <span className="badge badge-provisional"> {lt('roundInProgress')}</span>
        )}
      </h1>
      {season && (
        <nav className="league-nav" aria-label={lt('roundsOfSeason')}>
          <ol className="race-chips">
            <li>
              <Link to={{ ...STAY, league: leagueId, round: null, standings: String(season.id) }}>
                {lt('seasonStandingsShort')}
              </Link>
            </li>
            {season.rounds.map((entry) =>
              entry.id === round.id ? (
                <li key={entry.id} aria-current="page" className="current">
                  {lt('roundShort', { n: entry.round_number })}
                </li>
              ) : (
                <li key={entry.id}>
                  <Link
                    to={{ ...STAY, league: leagueId, standings: null, round: String(entry.id) }}
                  >
                    {lt('roundShort', { n: entry.round_number })}
                    {entry.name && <span className="chip-name">· {entry.name}</span>}
                  </Link>
                </li>
              ),
            )}
          </ol>
        </nav>
      )}
      <LeagueDivisionFilter
        divisions={file.divisions}
        selected={division?.id ?? null}
        onChange={onDivision}
      />
    </header>
  )
}
