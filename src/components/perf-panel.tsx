import type { PerfTimeFile } from '../calc/export-types.ts'
import { ComputedTable, type ComputedTableProps } from './computed-table.tsx'
import { perfColumns } from './tables/perf-columns.tsx'

/** The weekend's best laps, from perftime.json or computed locally (and then labelled so). */
export function PerfPanel({ perf, ...props }: ComputedTableProps & { perf: PerfTimeFile }) {
  const { best_times: data, salvaged } = perf
  return <ComputedTable {...props} kind="PERF" columns={perfColumns} {...{ data, salvaged }} />
}
