import { isPlausibleFigure } from '../../calc/figure.ts'
import { m } from './message.ts'
import type { FileLog } from './problem.ts'

/**
 * A warning for every number of a file too large to be a figure of a race (1e308 in
 * resume.json): the schemas accept any finite number, the page shows "—" in its place
 * (formatNumber). Walks the parsed file with its own stack, so a deep league file cannot
 * overflow it. "rows[3].pct_el2" paths, as the schemas' problems have.
 */
export function warnAbsurdNumbers(data: unknown, log: FileLog): void {
  const stack: Array<[unknown, string]> = [[data, '']]
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string]
    if (typeof value === 'number' && !isPlausibleFigure(value)) {
      log.warning(
        path,
        m`${value} is a number too large to be a figure of a race: the page shows —`,
      )
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push([value[index], `${path}[${index}]`])
      }
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown]
        stack.push([child, path === '' ? key : `${path}.${key}`])
      }
    }
  }
}
