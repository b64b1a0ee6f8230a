import { useState } from 'react'
import type { LapChartData, LapSeries } from '../../calc/lap-chart.ts'
import { teamColour } from '../../calc/team-colour.ts'
import type { ChartsTranslate } from '../../i18n/charts-translate.ts'
import { LapTable } from './lap-table.tsx'

const ROW = 22
const TOP = 26
const LEFT = 48
const RIGHT = 48
const WIDTH = 820

/** SVG path of one car: straight segments from place to place (lap 0 = the grid). */
function linePath(line: LapSeries, x: (lap: number) => number, y: (pos: number) => number) {
  return line.points
    .map((p, index) => `${index === 0 ? 'M' : 'L'}${x(p.lap).toFixed(1)} ${y(p.position)}`)
    .join(' ')
}

/**
 * Position (1 at the top) against lap for every car. Pure: the size is a viewBox, CSS scales
 * it; the followed driver (buttons: hover, focus or tap) is the only state.
 */
export function LapChart({
  data,
  title,
  ct,
}: {
  data: LapChartData
  title: string
  ct: ChartsTranslate
}) {
  const [pinned, setPinned] = useState<number | null>(null)
  const [hovered, setHovered] = useState<number | null>(null)
  const followed = hovered ?? pinned
  const rows = Math.max(data.cars, 1)
  const height = TOP + rows * ROW + 10
  const x = (lap: number) => LEFT + (lap / Math.max(data.lastLap, 1)) * (WIDTH - LEFT - RIGHT)
  const y = (position: number) => TOP + (position - 0.5) * ROW
  const ticks = Array.from({ length: Math.floor(data.lastLap / 5) + 1 }, (_, i) => i * 5)
  return (
    <figure className="chart lap-chart">
      <figcaption>{title}</figcaption>
      <p className="chart-note">{ct('lapChartLegend')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (keyboard scrolling) */}
      <section className="chart-scroll" aria-label={title} tabIndex={0}>
        <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
          {ticks.map((lap) => (
            <g key={lap} className="chart-grid">
              <line x1={x(lap)} x2={x(lap)} y1={TOP - 4} y2={height - 10} />
              <text x={x(lap)} y={TOP - 10} textAnchor="middle">
                {lap === 0 ? ct('lapGrid') : lap}
              </text>
            </g>
          ))}
          {data.series.map((line) => {
            const first = line.points[0]
            const last = line.points.at(-1)
            if (!first || !last) return null
            const dim = followed != null && followed !== line.driverId
            const colour = teamColour(line.team)
            return (
              <g
                key={line.driverId}
                className={`lap-line${dim ? ' dim' : ''}${followed === line.driverId ? ' on' : ''}`}
              >
                <path
                  d={linePath(line, x, y)}
                  stroke={colour}
                  strokeDasharray={line.second ? '7 4' : undefined}
                />
                <text x={LEFT - 6} y={y(first.position) + 4} textAnchor="end">
                  {line.label}
                </text>
                {line.retired ? (
                  <>
                    <path
                      className="retired-mark"
                      d={`M${x(last.lap) - 4} ${y(last.position) - 4}l8 8m0 -8l-8 8`}
                      stroke={colour}
                    />
                    <text x={x(last.lap) + 7} y={y(last.position) + 4}>
                      {line.label}
                    </text>
                  </>
                ) : (
                  <text x={WIDTH - RIGHT + 6} y={y(last.position) + 4}>
                    {line.label}
                  </text>
                )}
              </g>
            )
          })}
        </svg>
      </section>
      <fieldset className="chart-toggles">
        <legend>{ct('lapChartFollow')}</legend>
        <button type="button" aria-pressed={pinned == null} onClick={() => setPinned(null)}>
          {ct('lapChartAll')}
        </button>
        {data.series.map((line) => (
          <button
            key={line.driverId}
            type="button"
            aria-pressed={pinned === line.driverId}
            onClick={() => setPinned(pinned === line.driverId ? null : line.driverId)}
            onMouseEnter={() => setHovered(line.driverId)}
            onMouseLeave={() => setHovered(null)}
            onFocus={() => setHovered(line.driverId)}
            onBlur={() => setHovered(null)}
          >
            <span
              className={`swatch${line.second ? ' second' : ''}`}
              style={{ borderColor: teamColour(line.team) }}
              aria-hidden="true"
            />
            {line.name}
          </button>
        ))}
      </fieldset>
      <LapTable data={data} caption={ct('lapChartTable')} ct={ct} />
    </figure>
  )
}
