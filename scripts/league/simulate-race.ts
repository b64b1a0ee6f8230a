import type { Driver, RaceSpec, Random, RoundSpec } from './league-spec.ts'

/** One driver's simulated event, in milliseconds, before it is written as the API's result. */
export interface Entry {
  driver: Driver
  /** POSITIVE_INFINITY when the driver set no lap. */
  bestLap: number
  /** Total with penalty; null in a qualifier and for a DNF or DNS. */
  raceTime: number | null
  laps: number
  dnf: boolean
  dns: boolean
  penalty: number
}

/**
 * The order an event starts in: a qualifier runs in roster order; a race starts in qualifying
 * order, a reverse-grid race in the previous race's order with its top 8 reversed.
 */
export function startingGrid(
  spec: RaceSpec,
  field: Driver[],
  qualifyingOrder: Driver[] | undefined,
  previousOrder: Driver[] | undefined,
): Driver[] {
  if (spec.isQualifier) return field
  if (spec.grid === 'reverse_grid') {
    const previous = previousOrder ?? field
    return [...previous.slice(0, 8).reverse(), ...previous.slice(8)]
  }
  return qualifyingOrder ?? field
}

/**
 * The round's incidents land in fixed events, so each file shows them where the docs say: DNF and
 * penalty in the first race (event 1), DNS in the second (event 2).
 */
function drive(
  driver: Driver,
  spec: RaceSpec,
  round: RoundSpec,
  rand: Random,
  eventIndex: number,
): Entry {
  const dns = !spec.isQualifier && eventIndex === 2 && (round.dns ?? []).includes(driver.id)
  const dnf = !spec.isQualifier && eventIndex === 1 && (round.dnf ?? []).includes(driver.id)
  const lapsDone = dns ? 0 : dnf ? Math.max(1, Math.floor(spec.laps * 0.4)) : spec.laps
  let total = 0
  let best = Number.POSITIVE_INFINITY
  for (let lap = 1; lap <= lapsDone; lap++) {
    const spread = spec.isQualifier ? 900 : 1400
    // A race's first lap is a standing start: slower, and never the fastest lap.
    const time =
      round.lapMs +
      driver.pace +
      Math.round(rand() * spread) +
      (lap === 1 && !spec.isQualifier ? 4200 : 0)
    total += time
    if (lap > 1 || spec.isQualifier) best = Math.min(best, time)
  }
  const penalty =
    !spec.isQualifier && eventIndex === 1
      ? ((round.penalty ?? []).find(([id]) => id === driver.id)?.[1] ?? 0)
      : 0
  return {
    driver,
    bestLap: best,
    raceTime: dns || dnf || spec.isQualifier ? null : total + penalty,
    laps: lapsDone,
    dnf,
    dns,
    penalty,
  }
}

/** Finishers by time (best lap in a qualifier), then DNFs by laps done, then DNSs. */
function finishOrder(entries: Entry[], isQualifier: boolean): Entry[] {
  const key = (e: Entry) => (e.dns ? 3 : e.dnf ? 2 : 1)
  return [...entries].sort(
    (a, b) =>
      key(a) - key(b) ||
      (isQualifier ? a.bestLap - b.bestLap : (a.raceTime ?? 0) - (b.raceTime ?? 0)) ||
      b.laps - a.laps ||
      a.driver.id - b.driver.id,
  )
}

/** Simulates one event for one division's grid (drivers draw their laps in grid order). */
export function runEvent(
  spec: RaceSpec,
  round: RoundSpec,
  grid: Driver[],
  rand: Random,
  eventIndex: number,
): Entry[] {
  const entries = grid.map((driver) => drive(driver, spec, round, rand, eventIndex))
  const slow = round.slowFastestLap
  if (slow && slow.event === eventIndex) {
    // Beats the field's best lap by 0.150 s, from wherever the driver finishes.
    const holder = entries.find((e) => e.driver.id === slow.driverId)
    const fastest = Math.min(...entries.map((e) => e.bestLap))
    if (holder) holder.bestLap = fastest - 150
  }
  return finishOrder(entries, spec.isQualifier)
}
