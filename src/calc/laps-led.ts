/**
 * Who led which laps, from v3.3 races/<id>/laps.json (the running order at each lap; lap 0 is
 * the grid and is not a lap led). Ranges are runs of consecutive laps: "laps 1–17, 23–58".
 */

export interface LapOrder {
  lap: number
  order: readonly number[]
}

export interface LapRange {
  from: number
  to: number
}

export interface LapsLed {
  driver_id: number
  ranges: LapRange[]
  laps: number
}

/** Per leader, the ranges of laps led, most laps first (then the first lap led). */
export function lapsLedRanges(laps: readonly LapOrder[]): LapsLed[] {
  const byDriver = new Map<number, LapsLed>()
  const sorted = laps.filter((entry) => entry.lap >= 1).sort((a, b) => a.lap - b.lap)
  for (const { lap, order } of sorted) {
    const leader = order[0]
    if (leader == null) continue
    const led = byDriver.get(leader) ?? { driver_id: leader, ranges: [], laps: 0 }
    byDriver.set(leader, led)
    led.laps += 1
    const last = led.ranges.at(-1)
    if (last && last.to === lap - 1) last.to = lap
    else led.ranges.push({ from: lap, to: lap })
  }
  return [...byDriver.values()].sort(
    (a, b) => b.laps - a.laps || (a.ranges[0]?.from ?? 0) - (b.ranges[0]?.from ?? 0),
  )
}
