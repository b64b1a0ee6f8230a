import type { RacePointsRules } from '../../src/features/league/calc/scoring.ts'
import type { LeagueSpec, RaceSpec, RoundSpec } from './league-spec.ts'
import { F1_POINTS, NO_BONUS, SPRINT_POINTS } from './points-rules.ts'
import { prng } from './prng.ts'
import { roster } from './roster.ts'

/**
 * GT Masters: race points mode, divisions Pro and Am, 4 rounds (qualifier, Sprint, Feature):
 * a DNF, a penalty, a fastest lap from outside the top 10, a driver who misses round 3, and
 * round 4 still in progress (its Feature pending, so the round is provisional).
 */

const PRO = [
  'Alessio Varga',
  'Björn Castellan',
  'Carmen Ostrova',
  'Dario Fenwick',
  'Elin Marchetti',
  'Felix Adebayo',
  'Greta Lindqvist',
  'Hugo Tanaka-Reyes',
  'Ines Kowalczyk',
  'Jonas Perrault',
  'Kaito Brennan',
  'Lena Sorvino',
]
const AM = [
  'Marco Duval',
  'Nadia Holmgren',
  'Oscar Villeneau',
  'Petra Aaltonen',
  'Quentin Moreau-Lisle',
  'Rosa Takahashi',
  'Stefan Ivarsson',
  'Tereza Novakova',
  'Ugo Bellandi',
  'Vera Okonkwo',
  'Wim de Roeck',
  'Yusuf Karaman',
]

/** The qualifier awards only the pole point. */
const QUALIFIER: RacePointsRules = {
  ...NO_BONUS,
  race_points: false,
  points_system: [],
  qualifying_pole: 1,
  dnf_points: 0,
  dns_points: 0,
}

/** A race: its points table, a fastest-lap point inside the top 10, one point for a DNF. */
const race = (points: number[]): RacePointsRules => ({
  ...NO_BONUS,
  race_points: true,
  points_system: points,
  fastest_lap: 1,
  fastest_lap_top_10: true,
  dnf_points: 1,
  dns_points: 0,
})

function weekend(pending = false): RaceSpec[] {
  return [
    { name: null, isQualifier: true, laps: 6, rules: QUALIFIER, grid: 'qualifying' },
    {
      name: 'Sprint',
      isQualifier: false,
      laps: 14,
      rules: race(SPRINT_POINTS),
      grid: 'qualifying',
    },
    {
      name: 'Feature',
      isQualifier: false,
      laps: 22,
      rules: race(F1_POINTS),
      grid: 'reverse_grid',
      pending,
    },
  ]
}

function rounds(): RoundSpec[] {
  return [
    {
      id: 201,
      number: 1,
      name: 'Spa-Francorchamps',
      lapMs: 138_400,
      races: weekend(),
      dnf: [4103],
    },
    {
      id: 202,
      number: 2,
      name: 'Monza',
      lapMs: 107_900,
      races: weekend(),
      penalty: [[4102, 5000]],
      slowFastestLap: { event: 2, driverId: 4212 },
    },
    {
      id: 203,
      number: 3,
      name: 'Suzuka',
      lapMs: 120_300,
      races: weekend(),
      absent: [4209],
      dnf: [4206],
    },
    { id: 204, number: 4, name: 'Laguna Seca', lapMs: 82_600, races: weekend(true) },
  ]
}

export function gtMasters(): LeagueSpec {
  // Pro and Am draw their luck from one sequence, Pro first: the order is part of the output.
  const rand = prng(7)
  return {
    id: 'gt-masters',
    name: 'GT Masters',
    seasonId: 12,
    seasonName: 'Season 2025',
    divisions: [
      { id: 1, name: 'Pro' },
      { id: 2, name: 'Am' },
    ],
    drivers: [...roster(PRO, 4101, 1, 0, rand), ...roster(AM, 4201, 2, 1900, rand)],
    roundRules: { ...NO_BONUS, round_points: false, points_system: [] },
    rounds: rounds(),
    envelopeRounds: [],
    seed: 2025,
  }
}
