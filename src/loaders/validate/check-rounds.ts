import type { RaceMeta, RoundsFile } from '../../calc/export-types.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'

/**
 * Standings ranks: from 1, never going down, tied ranks allowed (1, 2, 2, 4). A rank above the
 * row's place is allowed: F1DB's standings after a round leave out some entries (1979 round 13).
 * An excluded entry (1997 Schumacher) has no rank of its own and is not checked.
 */
export function checkRanks(
  rows: ReadonlyArray<{ rank: number; excluded?: true | undefined; points: number }>,
  at: string,
  log: FileLog,
): void {
  let previous = 0
  rows.forEach((row, index) => {
    if (row.points < 0) log.error(`${at}[${index}].points`, m`${row.points} points: below 0`)
    if (row.excluded) return
    if (row.rank < 1 || row.rank < previous) {
      log.error(
        `${at}[${index}].rank`,
        m`rank ${row.rank} after rank ${previous} at place ${index + 1}: ranks go 1, 2… (ties share one)`,
      )
    }
    previous = row.rank
  })
}

/**
 * v3.3 seasons/<year>/rounds.json: the folder's season, rounds in order, points not below 0,
 * standings ranks in order, and each round's race folder (when there) of that season and round.
 */
export function checkRounds(
  year: string,
  file: RoundsFile,
  races: ReadonlyMap<string, RaceMeta | null>,
  log: FileLog,
): void {
  if (String(file.season) !== year) {
    log.error('season', m`expected ${year} (the folder seasons/${year}/), got ${file.season}`)
  }
  let previous = 0
  file.rounds.forEach((round, index) => {
    const at = `rounds[${index}]`
    if (round.round <= previous) {
      log.error(
        `${at}.round`,
        m`round ${round.round} after round ${previous}: rounds go up in order`,
      )
    }
    previous = round.round
    round.results.forEach((result, row) => {
      if (result.points < 0) {
        log.error(`${at}.results[${row}].points`, m`${result.points} points: below 0`)
      }
    })
    checkRanks(round.standings_after.drivers, `${at}.standings_after.drivers`, log)
    checkRanks(round.standings_after.constructors, `${at}.standings_after.constructors`, log)
    const meta = races.get(String(round.race_id))
    if (meta && (meta.year !== file.season || meta.round !== round.round)) {
      log.error(
        `${at}.race_id`,
        m`races/${round.race_id}/ is round ${meta.round} of ${meta.year}, not round ${round.round} of ${file.season}`,
      )
    }
  })
}
