import type { LapChartData } from '../../calc/lap-chart.ts'
import type { ChartsTranslate } from '../../i18n/charts-translate.ts'

/** The lap chart's numbers for screen readers: one row per car, its place at the grid and each lap. */
export function LapTable({
  data,
  caption,
  ct,
}: {
  data: LapChartData
  caption: string
  ct: ChartsTranslate
}) {
  const laps = Array.from({ length: data.lastLap + 1 }, (_, lap) => lap)
  return (
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ct('matrixDriver')}</th>
            {laps.map((lap) => (
              <th key={lap} scope="col">
                {lap === 0 ? ct('lapGrid') : ct('lapN', { n: lap })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.series.map((line) => {
            const at = new Map(line.points.map((p) => [p.lap, p.position]))
            const end = line.points.at(-1)?.lap ?? 0
            return (
              <tr key={line.driverId}>
                <th scope="row">
                  {line.retired ? ct('lapRetired', { name: line.name, lap: end }) : line.name}
                </th>
                {laps.map((lap) => (
                  <td key={lap}>{at.get(lap) ?? ''}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
