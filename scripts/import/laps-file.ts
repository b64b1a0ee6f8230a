import type { LapsFile } from '../../src/calc/export-types.ts'
import type { LapChartContext } from './resume.ts'

/**
 * races/<race_id>/laps.json (v3.3): the lap chart's running order as export driver ids, lap 0
 * being the grid. Null when a car of the chart is not in the race results (race-lapchart.ts
 * warns) or a car is listed twice on a lap: a missing car would move every car behind it up one place, so no file beats a wrong one.
 */
export function lapsFile(raceId: number, { chart, carOf }: LapChartContext): LapsFile | null {
  const driverOf = new Map<string, number>()
  for (const [driver, car] of carOf) driverOf.set(car, driver)
  const laps: LapsFile['laps'] = []
  for (const [lap, cars] of chart.orders.entries()) {
    const order = cars.map((car) => driverOf.get(car))
    if (order.some((driver) => driver === undefined)) return null
    // A car listed twice on one lap (a glitch of a few LapChart files): no order can be trusted.
    if (new Set(cars).size !== cars.length) return null
    laps.push({ lap, order: order as number[] })
  }
  return { race_id: raceId, laps }
}
