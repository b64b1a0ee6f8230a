import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LapsFile, RoundsFile, SessionsFile } from '../../src/calc/export-types.ts'
import { driverLabel, lapChartData, lapsAtFront } from '../../src/calc/lap-chart.ts'
import { pointsProgression } from '../../src/calc/points-progression.ts'
import { raceTabs } from '../../src/calc/race-tabs.ts'
import { matrixCell, seasonMatrix } from '../../src/calc/season-matrix.ts'

const read = <T>(path: string): T => JSON.parse(readFileSync(`public/${path}`, 'utf8')) as T
const laps = read<LapsFile>('races/1101/laps.json')
const sessions = read<SessionsFile>('races/1101/sessions.json')
const rows = sessions.sessions.find((s) => s.code === 'RACE')?.rows ?? []
const rounds = read<RoundsFile>('seasons/2023/rounds.json')
const VERSTAPPEN = 1904724266

describe('lap chart data (2023 Abu Dhabi, LapChart via laps.json)', () => {
  const data = lapChartData(laps, rows)

  it('has 20 cars over 58 laps, the grid as lap 0', () => {
    expect(data.cars).toBe(20)
    expect(data.lastLap).toBe(58)
    expect(data.series).toHaveLength(20)
    expect(data.series[0]?.points[0]).toEqual({ lap: 0, position: 1 })
  })

  it('counts laps led 52 / 5 / 1 (Verstappen, Tsunoda, Leclerc)', () => {
    const byName = new Map(
      [...lapsAtFront(data)].map(([id, n]) => [
        data.series.find((s) => s.driverId === id)?.name,
        n,
      ]),
    )
    expect(Object.fromEntries(byName)).toEqual({
      'Max Verstappen': 52,
      'Yuki Tsunoda': 5,
      'Charles Leclerc': 1,
    })
  })

  it('dashes the second car of each team only', () => {
    const teams = new Map<string, number>()
    for (const line of data.series) teams.set(line.team, (teams.get(line.team) ?? 0) + 1)
    expect([...teams.values()].every((n) => n === 2)).toBe(true)
    expect(data.series.filter((line) => line.second)).toHaveLength(10)
  })

  it('ends a line with a retirement only when the race says the car retired', () => {
    const retired = lapChartData(
      {
        race_id: 1,
        laps: [
          { lap: 0, order: [1, 2, 3] },
          { lap: 1, order: [1, 3] },
          { lap: 2, order: [1] },
        ],
      },
      [
        { driver_id: 1, driver_name: 'A B', team: 'X', position: 1, status: null },
        { driver_id: 2, driver_name: 'C D', team: 'X', position: null, status: 'ab' },
        { driver_id: 3, driver_name: 'E F', team: 'Y', position: 2, status: null },
      ] as SessionsFile['sessions'][number]['rows'],
    )
    expect(retired.series.map((line) => line.retired)).toEqual([false, true, false])
    expect(retired.series[1]?.points.at(-1)).toEqual({ lap: 0, position: 2 })
  })

  it('labels drivers by their last name', () => {
    expect(driverLabel('Max Verstappen')).toBe('VER')
    expect(driverLabel('Carlos Sainz Jr.')).toBe('SAI')
  })
})

describe('season 2023 (F1DB via rounds.json)', () => {
  it('ends Verstappen’s progression on 575 points', () => {
    const drivers = pointsProgression(rounds, 'drivers')
    const max = drivers.series[0]
    expect(max?.key).toBe(String(VERSTAPPEN))
    expect(max?.values.at(-1)).toBe(575)
    expect(drivers.rounds).toHaveLength(22)
    expect(pointsProgression(rounds, 'constructors').series[0]?.values.at(-1)).toBe(860)
  })

  it('gives Verstappen 19 wins in the matrix', () => {
    const matrix = seasonMatrix(rounds)
    const row = matrix.rows.find((r) => r.driverId === VERSTAPPEN)
    expect(matrix.rows[0]?.driverId).toBe(VERSTAPPEN)
    expect(row?.cells.filter((cell) => cell.kind === 'win')).toHaveLength(19)
    expect(row?.cells).toHaveLength(22)
  })

  it('keys cells as Wikipedia does', () => {
    const row = { driver_id: 1, driver_name: 'A', team: 'T', points: 0 }
    expect(matrixCell({ ...row, position: 3, status: null, points: 15 }, true).kind).toBe('podium')
    expect(matrixCell({ ...row, position: 12, status: null }, true)).toEqual({
      kind: 'no-points',
      text: '12',
    })
    expect(matrixCell({ ...row, position: null, status: 'ab' }, true).text).toBe('Ret')
    expect(matrixCell({ ...row, position: null, status: 'dsq' }, true).kind).toBe('dsq')
    expect(matrixCell(undefined, false).kind).toBe('not-run')
  })
})

describe('race tabs', () => {
  it('adds LAPS after RESUME only when laps.json exists', () => {
    expect(raceTabs(sessions.sessions, true, true).slice(-3)).toEqual(['RESUME', 'LAPS', 'CHAMP'])
    expect(raceTabs(sessions.sessions, true)).not.toContain('LAPS')
  })
})

describe('a season without a constructors’ championship (1950–1957)', () => {
  it('has no constructors’ progression to draw', () => {
    const first = rounds.rounds[0]
    if (!first) throw new Error('no round')
    const fifties: RoundsFile = {
      season: 1955,
      rounds: [{ ...first, standings_after: { ...first.standings_after, constructors: [] } }],
    }
    expect(pointsProgression(fifties, 'constructors').rounds).toEqual([])
    expect(pointsProgression(fifties, 'drivers').rounds).toHaveLength(1)
  })
})
