import type { LeagueSpec, RaceSpec, RoundSpec } from './league-spec.ts'
import { F1_POINTS, NO_BONUS } from './points-rules.ts'
import { prng } from './prng.ts'
import { roster } from './roster.ts'

/**
 * Club Cup: round points mode, no divisions, 3 rounds (qualifier and two races): a DNS, a DNF
 * and a penalty; round 302's file kept in the API's response envelope.
 */

const CLUB = [
  'Anouk Verbeek',
  'Bastien Roux',
  'Chiara Benedetti',
  'Declan Moore',
  'Eva Lindgren',
  'Fabio Rinaldi',
  'Gwen Ashdown',
  'Hamid Farouk',
  'Isla McRae',
  'Jules Fontaine',
  'Kira Vos',
  'Luca Ferraz',
  'Maja Sørlie',
  'Niko Hartmann',
]

/** Races score by position only: the bonuses are awarded once per round (round points mode). */
const race = (isQualifier: boolean, laps: number): RaceSpec => ({
  name: null,
  isQualifier,
  laps,
  grid: 'qualifying',
  rules: {
    ...NO_BONUS,
    race_points: !isQualifier,
    points_system: isQualifier ? [] : F1_POINTS,
    dnf_points: 0,
    dns_points: 0,
  },
})

function rounds(): RoundSpec[] {
  const weekend = () => [race(true, 5), race(false, 12), race(false, 12)]
  return [
    { id: 301, number: 1, name: 'Brands Hatch', lapMs: 85_200, races: weekend() },
    { id: 302, number: 2, name: 'Zandvoort', lapMs: 93_700, races: weekend(), dns: [5107] },
    {
      id: 303,
      number: 3,
      name: 'Imola',
      lapMs: 101_500,
      races: weekend(),
      dnf: [5111],
      penalty: [[5104, 10_000]],
    },
  ]
}

export function clubCup(): LeagueSpec {
  return {
    id: 'club-cup',
    name: 'Club Cup',
    seasonId: 5,
    seasonName: 'Winter Series 2025',
    divisions: [],
    drivers: roster(CLUB, 5101, null, 400, prng(11)),
    roundRules: {
      round_points: true,
      points_system: F1_POINTS,
      fastest_lap: 1,
      fastest_lap_top_10: true,
      qualifying_pole: 1,
      qualifying_pole_top_10: false,
    },
    rounds: rounds(),
    envelopeRounds: [302],
    seed: 1964,
  }
}
