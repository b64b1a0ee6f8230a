import { parseGap, parseLapTime } from '../../../calc/lap-time.ts'
import { checkRoundPoints, checkSeasonStandings, type LeagueWarning } from './points.ts'
import { unresolvedIds } from './rankings.ts'
import { parseFastestLap, parsePenalty } from './time.ts'
import type { LeagueRaceResult, LeagueRoundFile, SeasonStandingsFile } from './types.ts'

/**
 * Everything worth a warning in a league file once its shape is right: the page still shows it
 * (times as written, totals as given), the validator lists it with its JSON path.
 */

const TIME_FIELDS: Array<{
  field: keyof Pick<
    LeagueRaceResult,
    'race_time' | 'race_time_difference' | 'fastest_lap' | 'penalties'
  >
  parse: (text: string) => number | null
  example: string
}> = [
  { field: 'race_time', parse: parseLapTime, example: '1:32:45.678' },
  { field: 'race_time_difference', parse: parseGap, example: '+12.345' },
  { field: 'fastest_lap', parse: parseFastestLap, example: '1:25.123' },
  { field: 'penalties', parse: parsePenalty, example: '5.000' },
]

export function checkTimeTexts(file: LeagueRoundFile): LeagueWarning[] {
  const warnings: LeagueWarning[] = []
  file.race_events.forEach((event, eventIndex) => {
    event.results.forEach((result, resultIndex) => {
      for (const { field, parse, example } of TIME_FIELDS) {
        const text = result[field]
        if (text == null || text === '' || parse(text) != null) continue
        warnings.push({
          path: `race_events[${eventIndex}].results[${resultIndex}].${field}`,
          code: 'time-format',
          message: `${JSON.stringify(text)} is not a time like ${JSON.stringify(example)}`,
          values: { text, example, field },
        })
      }
    })
  })
  return warnings
}

export function roundWarnings(file: LeagueRoundFile): LeagueWarning[] {
  const unresolved = unresolvedIds(file).map<LeagueWarning>((found) => ({
    path: found.path,
    code: 'unresolved-result',
    message: `race_result_id ${found.raceResultId} matches no result in race_events`,
    values: { id: found.raceResultId },
  }))
  return [...checkRoundPoints(file), ...unresolved, ...checkTimeTexts(file)]
}

export function seasonWarnings(file: SeasonStandingsFile): LeagueWarning[] {
  return checkSeasonStandings(file)
}
