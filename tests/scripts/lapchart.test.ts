import { describe, expect, it } from 'vitest'
import { findLapChart, lapChartFileName, parseLapChart } from '../../scripts/import/lapchart.ts'
import { LAPCHART } from './real-data.ts'

const CSV = [
  'POS,1,2,3,4',
  'GRID,1,16,81,63',
  'LAP 1,1,16,81,63',
  'LAP 2,16,1,81,63',
  'LAP 3,16,1,63,',
].join('\r\n')

describe('parseLapChart', () => {
  it('counts the laps each car ended in the top 1, 3, 6 and 10 (GRID is not a lap)', () => {
    const chart = parseLapChart(CSV)
    expect(chart.laps).toBe(3)
    expect(chart.counts.get('1')).toEqual({ top1: 1, top3: 3, top6: 3, top10: 3 })
    expect(chart.counts.get('16')).toEqual({ top1: 2, top3: 3, top6: 3, top10: 3 })
    expect(chart.counts.get('81')).toEqual({ top1: 0, top3: 2, top6: 2, top10: 2 })
    expect(chart.counts.get('63')).toEqual({ top1: 0, top3: 1, top6: 3, top10: 3 })
  })

  it('ignores the empty cells a retired car leaves', () => {
    expect([...parseLapChart(CSV).counts.keys()].sort()).toEqual(['1', '16', '63', '81'])
  })
})

describe('lapChartFileName', () => {
  it('lower-cases, strips accents, turns spaces and hyphens into _', () => {
    expect(lapChartFileName(2023, 'São Paulo Grand Prix')).toBe('2023_sao_paulo_grand_prix.csv')
    expect(lapChartFileName(2023, 'Abu Dhabi Grand Prix')).toBe('2023_abu_dhabi_grand_prix.csv')
    expect(lapChartFileName(2024, 'Emilia-Romagna Grand Prix')).toBe(
      '2024_emilia_romagna_grand_prix.csv',
    )
  })

  it('finds the first candidate name that exists (2023 Mexico is "Mexico City")', () => {
    const path = findLapChart(LAPCHART, 2023, ['Mexican Grand Prix', 'Mexico City Grand Prix'])
    expect(path?.endsWith('2023/2023_mexico_city_grand_prix.csv')).toBe(true)
    expect(findLapChart(LAPCHART, 1989, ['Brazilian Grand Prix'])).toBeNull()
  })
})
