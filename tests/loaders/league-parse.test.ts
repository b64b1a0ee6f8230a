import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LoadError } from '../../src/calc/load-error.ts'
import {
  parseLeagueIndex,
  parseLeagueRound,
  parseLeagueStandings,
} from '../../src/features/league/loaders/parse.ts'
import { leagueIndexQuery, leagueRoundQuery } from '../../src/features/league/loaders/queries.ts'
import { PUBLISHED } from '../../src/loaders/data-source.ts'
import {
  BOB_AM_SEASON,
  dividedSeason,
  JOHN,
  JOHN_PRO_SEASON,
  JOHN_SEASON,
  SPA_WEEKEND,
} from '../calc/league-fixture.ts'

const PUBLIC = resolve(import.meta.dirname, '../../public')
const read = (path: string): unknown => JSON.parse(readFileSync(resolve(PUBLIC, path), 'utf8'))

// The seed's GET /api/seasons/{seasonId}/standings examples, verbatim.
const envelope = <T>(data: T) => ({ message: 'Success', data, status: 200 })
const FLAT = envelope({ standings: [JOHN_SEASON], has_divisions: false })
const DIVIDED = envelope(dividedSeason([JOHN_PRO_SEASON], [BOB_AM_SEASON]))

describe('season standings: both shapes, envelope or bare body', () => {
  it('reads the shape without divisions', () => {
    for (const json of [FLAT, FLAT.data]) {
      const parsed = parseLeagueStandings(json)
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
      expect(parsed.data.has_divisions).toBe(false)
      expect(parsed.data.standings[0]).toMatchObject({ driver_name: 'John Doe', total_points: 127 })
    }
  })
  it('reads the shape with divisions', () => {
    for (const [json, prefix] of [
      [DIVIDED, 'data'],
      [DIVIDED.data, ''],
    ] as const) {
      const parsed = parseLeagueStandings(json)
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
      expect(parsed.prefix).toBe(prefix)
      const data = parsed.data
      expect(data.has_divisions && data.standings.map((d) => d.division_name)).toEqual([
        'Pro',
        'Am',
      ])
    }
  })
  it('names the path of a broken value, inside the envelope too', () => {
    const broken = structuredClone(DIVIDED)
    // Bob Wilson's total as a string, where the API sends a number.
    Object.assign(broken.data.standings[1]?.drivers[0] ?? {}, { total_points: '98' })
    expect(parseLeagueStandings(broken)).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'data.standings[1].drivers[0].total_points',
          message: 'expected a number, got "98"',
        },
      ],
    })
    expect(parseLeagueStandings(broken.data)).toMatchObject({
      ok: false,
      problems: [{ path: 'standings[1].drivers[0].total_points' }],
    })
  })
  it('says when a snapshot holds an error response', () => {
    expect(parseLeagueStandings({ message: 'Season not found', status: 404 })).toMatchObject({
      ok: false,
      problems: [{ path: 'status', message: expect.stringContaining('status 404') }],
    })
  })
})

describe('round files (RoundResultsData)', () => {
  it('reads a bare round with divisions and a round without, in its envelope', () => {
    const divided = parseLeagueRound(read('leagues/gt-masters/rounds/201.json'))
    if (!divided.ok) throw new Error(JSON.stringify(divided.problems))
    const blocks = divided.data.round.round_results?.standings ?? []
    expect(blocks.map((block) => 'division_name' in block && block.division_name)).toEqual([
      'Pro',
      'Am',
    ])
    expect(divided.data.race_events[0]?.results[0]?.driver_name).toMatch(/\w+ \w+/)

    const flat = parseLeagueRound(read('leagues/club-cup/rounds/302.json'))
    if (!flat.ok) throw new Error(JSON.stringify(flat.problems))
    expect(flat.prefix).toBe('data')
    expect(flat.data.divisions).toEqual([])
    expect(flat.data.round.round_results?.standings[0]).toHaveProperty('round_points', 25)
  })
  it('gives a broken total its full path', () => {
    const json = read('leagues/gt-masters/rounds/201.json') as {
      round: { round_results: { standings: Array<{ results: Array<Record<string, unknown>> }> } }
    }
    const row = json.round.round_results.standings[0]?.results[0]
    if (!row) throw new Error('fixture')
    row.total_points = null
    expect(parseLeagueRound(json)).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'round.round_results.standings[0].results[0].total_points',
          message: 'expected a number, got null',
        },
      ],
    })
  })
  it('reports an unknown result status and a missing list in plain words', () => {
    const json = read('leagues/club-cup/rounds/301.json') as {
      race_events: Array<{ results: Array<Record<string, unknown>> }>
    }
    const first = json.race_events[1]?.results[0]
    if (!first) throw new Error('fixture')
    first.status = 'final'
    const problems = parseLeagueRound(json)
    expect(problems).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'race_events[1].results[0].status',
          message: 'expected one of pending, confirmed, got "final"',
        },
      ],
    })
    expect(parseLeagueRound({ round: {} })).toMatchObject({ ok: false })
  })
  it('reads the seed round without divisions and a result without driver info', () => {
    const parsed = parseLeagueRound({
      round: {
        ...SPA_WEEKEND,
        round_results: {
          standings: [JOHN],
        },
        qualifying_results: [{ position: 1, race_result_id: 123, time_ms: 85123 }],
        race_time_results: [{ position: 1, race_result_id: 130, time_ms: 5434567 }],
        fastest_lap_results: [{ position: 1, race_result_id: 135, time_ms: 85123 }],
      },
      divisions: [],
      race_events: [
        {
          id: 5,
          race_number: 1,
          is_qualifier: false,
          status: 'completed',
          race_points: true,
          results: [
            {
              id: 1,
              race_id: 5,
              driver_id: 42,
              division_id: 3,
              position: null,
              race_time: '1:32:45.678',
              race_time_difference: '+12.345',
              fastest_lap: '1:25.123',
              penalties: '5.000',
              has_fastest_lap: true,
              has_pole: false,
              dnf: false,
              status: 'pending',
              race_points: 0,
              positions_gained: null,
              created_at: '2025-12-01 12:00:00',
              updated_at: '2025-12-01 12:00:00',
            },
          ],
        },
      ],
    })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    expect(parsed.data.race_events[0]?.name).toBeNull()
    expect(parsed.data.race_events[0]?.results[0]).toMatchObject({
      driver_name: null,
      penalties: '5.000',
      status: 'pending',
    })
  })
})

describe('leagues/index.json', () => {
  it('lists the sample leagues', () => {
    const parsed = parseLeagueIndex(read('leagues/index.json'))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    expect(parsed.data.leagues.map((league) => [league.id, league.has_divisions])).toEqual([
      ['gt-masters', true],
      ['club-cup', false],
    ])
  })
  it('refuses an id that could leave the data folder', () => {
    const parsed = parseLeagueIndex({
      leagues: [{ id: '../x', name: 'X', has_divisions: false, seasons: [] }],
    })
    expect(parsed).toMatchObject({ ok: false, problems: [{ path: 'leagues[0].id' }] })
  })
})

describe('league queries', () => {
  afterEach(() => vi.unstubAllGlobals())
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const answer = (body: string, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
      ),
    )

  it('resolves a missing index to null', async () => {
    answer('Not found', 404)
    expect(await client().fetchQuery(leagueIndexQuery(PUBLISHED))).toBeNull()
  })
  it('loads a round in its envelope', async () => {
    answer(readFileSync(resolve(PUBLIC, 'leagues/club-cup/rounds/302.json'), 'utf8'))
    const file = await client().fetchQuery(leagueRoundQuery(PUBLISHED, 'club-cup', '302'))
    expect(file.round.name).toBe('Zandvoort')
  })
  it('fails a broken round with a LoadError naming the file and the paths', async () => {
    answer(JSON.stringify({ round: { id: 'x' }, divisions: [], race_events: [] }))
    const error = await client()
      .fetchQuery(leagueRoundQuery(PUBLISHED, 'gt-masters', '201'))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LoadError)
    expect((error as LoadError).url).toContain('leagues/gt-masters/rounds/201.json')
    expect((error as LoadError).problems[0]).toEqual({
      path: 'round.id',
      message: 'expected a whole number, got "x"',
    })
  })
})

describe('the bundled sample leagues', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )
  it('has two leagues: 4 rounds with divisions, 3 without', () => {
    const all = files(resolve(PUBLIC, 'leagues')).map((file) => relative(PUBLIC, file))
    expect(all.filter((f) => f.includes('gt-masters/rounds/'))).toHaveLength(4)
    expect(all.filter((f) => f.includes('club-cup/rounds/'))).toHaveLength(3)
  })
})
