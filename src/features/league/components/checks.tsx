import type { LeagueWarning } from '../calc/points.ts'
import type { LeagueTranslate } from '../i18n/translate.ts'
import { useLeagueT } from '../i18n/translate.ts'

function wording(warning: LeagueWarning, lt: LeagueTranslate): string {
  const { values } = warning
  switch (warning.code) {
    case 'total-mismatch':
      return lt(values.mode === 'round' ? 'checkTotalRound' : 'checkTotalRace', values)
    case 'race-points-sum':
      return lt('checkRaceSum', values)
    case 'positions':
      return lt('checkPositions', values)
    case 'season-total':
      return lt('checkSeasonTotal', values)
    case 'season-order':
      return lt('checkSeasonOrder', values)
    default:
      return lt('checkOther', { path: warning.path, message: warning.message })
  }
}

/**
 * What does not add up in the file (totals, sums, positions), said once under the tables: the
 * tables themselves show the file's values untouched. Editors see it before they publish.
 */
export function LeagueChecks({ warnings }: { warnings: readonly LeagueWarning[] }) {
  const lt = useLeagueT()
  if (warnings.length === 0) return null
  return (
    <details className="league-checks">
      <summary>
        <span aria-hidden="true">⚠ </span>
        {lt('checksTitle', { count: warnings.length })}
      </summary>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.path}:${warning.code}`}>
            {wording(warning, lt)} <code>{warning.path}</code>
          </li>
        ))}
      </ul>
    </details>
  )
}
