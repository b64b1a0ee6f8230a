import type { ChampionshipFile } from '../../calc/export-types.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'
import { checkOnePerDriver, firstIndexes } from './race-drivers.ts'

interface Ranked {
  rank: number
  points: number
}

/**
 * seasons/<year>/championship.json: the folder's season, one row per driver and constructor, and
 * the rows in rank order (1, 2, 2, 4 for a tie) without a better rank for fewer points.
 */
export function checkChampionship(year: string, file: ChampionshipFile, log: FileLog): void {
  if (String(file.season) !== year) {
    log.error('season', m`expected ${year} (the folder seasons/${year}/), got ${file.season}`)
  }
  // Excluded entries (1997 Schumacher, 1984 Tyrrell) stand outside the ranking: a note each.
  for (const [list, rows] of [
    ['drivers', file.drivers],
    ['constructors', file.constructors],
  ] as const) {
    rows.forEach((row, index) => {
      if (row.excluded) log.note(`${list}[${index}]`, 'excluded from the championship: not ranked')
    })
  }
  checkOnePerDriver(file.drivers, 'drivers', log)
  const drivers = file.drivers.filter((row) => !row.excluded)
  const constructors = file.constructors.filter((row) => !row.excluded)
  firstIndexes(
    constructors,
    (team) => team.constructor,
    (index, first) =>
      log.error(
        `constructors[${index}].constructor`,
        m`${JSON.stringify(constructors[index]?.constructor)} is already constructors[${first}]`,
      ),
  )
  checkRanks(drivers, 'drivers', log)
  checkRanks(constructors, 'constructors', log)
}

/**
 * In file order: ranks never go back, a shared rank has the same points, a worse rank never has
 * more points. Over the set of ranks: 1, 2, 2, 4… (rank = 1 + rows above); a gap is reported once,
 * where the numbering slips, not on every row after it.
 */
function checkRanks(rows: readonly Ranked[], list: string, log: FileLog): void {
  rows.forEach((row, index) => {
    const previous = rows[index - 1]
    if (!previous) return
    const at = `${list}[${index}].rank`
    if (row.rank < previous.rank) {
      log.error(at, m`ranks out of order: rank ${row.rank} comes after rank ${previous.rank}`)
    } else if (row.rank === previous.rank && row.points !== previous.points) {
      log.error(
        at,
        m`rank ${row.rank} is shared with ${list}[${index - 1}] but not the points (${row.points} vs ${previous.points})`,
      )
    } else if (row.rank > previous.rank && row.points > previous.points) {
      log.error(
        at,
        m`rank ${row.rank} has more points (${row.points}) than rank ${previous.rank} above it (${previous.points})`,
      )
    }
  })
  const order = rows
    .map((row, index) => ({ rank: row.rank, index }))
    .sort((a, b) => a.rank - b.rank)
  let slip = 0
  order.forEach(({ rank, index }, place) => {
    if (place > 0 && rank === order[place - 1]?.rank) return
    const expected = place + 1
    if (rank - expected !== slip) {
      log.error(
        `${list}[${index}].rank`,
        m`expected ${expected} (${place} rows rank above it), got ${rank}`,
      )
    }
    slip = rank - expected
  })
}
