/**
 * The largest magnitude a figure of an export can have: lap times, points, kilometres,
 * percentages and laps are all far below it, and past 2^53 (about 9e15) whole numbers are not
 * even exact. `1e308` is finite yet absurd; `1e309` reads as Infinity.
 */
export const LARGEST_FIGURE = 1e15

/** True for a number a page may show: finite, and below LARGEST_FIGURE in magnitude. */
export function isPlausibleFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < LARGEST_FIGURE
}
