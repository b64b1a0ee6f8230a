import type { ShapeProblem } from '../calc/load-error.ts'
import { describeValue } from './describe-value.ts'

/**
 * Turns zod issues into plain-words problems an editor can act on:
 * `sessions[2].rows[5].best_lap_ms: expected a whole number of milliseconds or null, got "1:22.4"`.
 * The expected type is read from the schema at the issue's path (zod's own messages are terse).
 */

interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

interface SchemaDef {
  type: string
  format?: string
  shape?: Record<string, { _zod: { def: SchemaDef } }>
  element?: { _zod: { def: SchemaDef } }
  valueType?: { _zod: { def: SchemaDef } }
  innerType?: { _zod: { def: SchemaDef } }
  options?: Array<{ _zod: { def: SchemaDef } }>
  values?: unknown[]
}

interface SchemaLike {
  _zod: { def: SchemaDef }
}

/** ["sessions", 2, "rows", 5, "x"] → "sessions[2].rows[5].x" */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text
}

function unwrap(def: SchemaDef): { def: SchemaDef; nullable: boolean } {
  let nullable = false
  let current = def
  while ((current.type === 'nullable' || current.type === 'optional') && current.innerType) {
    if (current.type === 'nullable') nullable = true
    current = current.innerType._zod.def
  }
  return { def: current, nullable }
}

function schemaAt(schema: SchemaLike, path: readonly PropertyKey[]): SchemaDef | null {
  let def: SchemaDef | null = schema._zod.def
  for (const key of path) {
    if (!def) return null
    const inner: SchemaDef = unwrap(def).def
    if (inner.type === 'object' && typeof key === 'string')
      def = inner.shape?.[key]?._zod.def ?? null
    else if (inner.type === 'array') def = inner.element?._zod.def ?? null
    else if (inner.type === 'record') def = inner.valueType?._zod.def ?? null
    else return null
  }
  return def
}

function expectedText(def: SchemaDef, field: string): string {
  const { def: inner, nullable } = unwrap(def)
  let text: string
  if (inner.type === 'number') {
    const whole = inner.format?.includes('int')
    text = whole ? 'a whole number' : 'a number'
    if (field.endsWith('_ms')) text = `${text} of milliseconds`
  } else if (inner.type === 'string') text = 'text'
  else if (inner.type === 'array') text = 'a list'
  else if (inner.type === 'object' || inner.type === 'record') text = 'an object'
  else if (inner.type === 'union')
    text = `one of ${(inner.options ?? []).flatMap((o) => o._zod.def.values ?? []).join(', ')}`
  else text = inner.type
  return nullable ? `${text} or null` : text
}

/** The value at `path` in the data; undefined where the path leaves it. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

export function describeIssues(
  schema: SchemaLike,
  data: unknown,
  issues: readonly ZodIssueLike[],
): ShapeProblem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path)
    const got = describeValue(valueAt(data, issue.path))
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `unexpected field(s) ${(issue.keys ?? []).join(', ')}` }
    }
    if (issue.code === 'invalid_format' || issue.code === 'custom') {
      return { path, message: `${issue.message}, got ${got}` }
    }
    const def = schemaAt(schema, issue.path)
    const field = String(issue.path[issue.path.length - 1] ?? '')
    const expected = def ? expectedText(def, field) : 'another value'
    return { path, message: `expected ${expected}, got ${got}` }
  })
}
