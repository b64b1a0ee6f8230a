import { useState } from 'react'
import { type Progression, spreadLabels } from '../../calc/points-progression.ts'
import type { ChartsTranslate } from '../../i18n/charts-translate.ts'
import { RoundsHeaderRow } from './rounds-header-row.tsx'

const WIDTH = 560
const HEIGHT = 300
const PAD = { top: 12, right: 96, bottom: 28, left: 40 }
const DASHES = [undefined, '7 4', '2 3', '10 3 2 3']
// Eight hues apart from one another, readable on the light and the dark background.
const PALETTE = [
  '#e8002d',
  '#3671c6',
  '#ff8000',
  '#229971',
  '#9b59b6',
  '#c79a00',
  '#1fa2c7',
  '#d63384',
]

/** A round number that keeps the grid to about five lines: 100, 200… or 50, 100… */
function step(max: number): number {
  const raw = max / 5
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)))
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
}

/**
 * Cumulative points by round; the top five shown at first, any line toggled by its button.
 * Eight hues, then the same hues dashed; each line's end carries its name.
 */
export function ProgressionChart({
  data,
  title,
  ct,
}: {
  data: Progression
  title: string
  ct: ChartsTranslate
}) {
  const [shown, setShown] = useState(() => new Set(data.series.slice(0, 5).map((s) => s.key)))
  const visible = data.series.filter((s) => shown.has(s.key))
  const max = Math.max(1, ...visible.flatMap((s) => s.values.map((v) => v ?? 0)))
  const tick = step(max)
  const top = Math.ceil(max / tick) * tick
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const x = (i: number) =>
    PAD.left + (data.rounds.length > 1 ? (i / (data.rounds.length - 1)) * plotW : 0)
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH
  const colour = (index: number) => PALETTE[index % PALETTE.length]
  const lastIndex = (values: ReadonlyArray<number | null>) => values.findLastIndex((v) => v != null)
  const labelYs = spreadLabels(
    visible.map((series) => y(series.values[lastIndex(series.values)] ?? 0) + 4),
    13,
  )
  const labelY = new Map(visible.map((series, i) => [series.key, labelYs[i] ?? 0]))
  const toggle = (key: string) => {
    const next = new Set(shown)
    if (!next.delete(key)) next.add(key)
    setShown(next)
  }
  return (
    <figure className="chart progression">
      <figcaption>{title}</figcaption>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {Array.from({ length: top / tick + 1 }, (_, i) => i * tick).map((v) => (
          <g key={v} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {data.rounds.map((round, i) => (
          <text
            key={round.round}
            className="chart-grid"
            x={x(i)}
            y={HEIGHT - 8}
            textAnchor="middle"
          >
            {i % 2 === 0 || data.rounds.length < 12 ? round.round : ''}
          </text>
        ))}
        {data.series.map((series, index) => {
          if (!shown.has(series.key)) return null
          const points = series.values
            .map((v, i) => (v == null ? null : `${x(i).toFixed(1)} ${y(v).toFixed(1)}`))
            .filter((p) => p != null)
          const last = lastIndex(series.values)
          return (
            <g key={series.key} className="progression-line">
              <path
                d={`M${points.join(' L')}`}
                stroke={colour(index)}
                strokeDasharray={DASHES[Math.floor(index / PALETTE.length) % DASHES.length]}
              />
              <text x={x(last) + 4} y={labelY.get(series.key)}>
                {series.label}
              </text>
            </g>
          )
        })}
      </svg>
      <fieldset className="chart-toggles">
        <legend>{ct('progressionShown')}</legend>
        {data.series.map((series, index) => (
          <button
            key={series.key}
            type="button"
            aria-pressed={shown.has(series.key)}
            onClick={() => toggle(series.key)}
          >
            <span className="swatch" style={{ borderColor: colour(index) }} aria-hidden="true" />
            {series.name}
          </button>
        ))}
      </fieldset>
      <div className="visually-hidden">
        <table>
          <caption>{ct('progressionTable', { title })}</caption>
          <thead>
            <RoundsHeaderRow rounds={data.rounds} ct={ct} />
          </thead>
          <tbody>
            {data.series.map((series) => (
              <tr key={series.key}>
                <th scope="row">{series.name}</th>
                {series.values.map((v, i) => (
                  <td key={data.rounds[i]?.round ?? i}>{v ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
