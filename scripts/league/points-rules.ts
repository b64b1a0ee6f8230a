/** The points tables and bonus defaults both sample leagues build their rules from. */

export const F1_POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1]
export const SPRINT_POINTS = [15, 12, 10, 8, 6, 5, 4, 3, 2, 1]

/** No fastest-lap or pole bonus: each league switches on the ones it awards. */
export const NO_BONUS = {
  fastest_lap: 0,
  fastest_lap_top_10: false,
  qualifying_pole: 0,
  qualifying_pole_top_10: false,
}
