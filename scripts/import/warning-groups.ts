/**
 * Warnings grouped by kind, so a run over the whole history prints one line per kind with its
 * count and a few examples instead of a wall. The kind is the message with what varies from
 * one occurrence to the next taken out: the file before the first ": ", quoted values,
 * parenthesised details, numbers and F1DB slugs ("valtteri-bottas").
 */
export function warningKind(message: string): string {
  return message
    .replace(/^\S+: /, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, '<id>')
    .replace(/\b\d[\d.,:]*\b/g, 'N')
}

export interface WarningGroup {
  kind: string
  count: number
  examples: string[]
}

/** Groups in order of first appearance, each with its first `examples` messages. */
export function groupWarnings(warnings: readonly string[], examples = 3): WarningGroup[] {
  const groups = new Map<string, WarningGroup>()
  for (const message of warnings) {
    const kind = warningKind(message)
    const group = groups.get(kind) ?? { kind, count: 0, examples: [] }
    group.count += 1
    if (group.examples.length < examples) group.examples.push(message)
    groups.set(kind, group)
  }
  return [...groups.values()]
}

/** "warning (×12): <kind>" then the examples, indented; a single warning is printed as is. */
export function formatWarningGroups(groups: readonly WarningGroup[], label = 'warning'): string[] {
  return groups.flatMap((group) => {
    if (group.count === 1) return [`${label}: ${group.examples[0]}`]
    const more = group.count - group.examples.length
    return [
      `${label} (×${group.count}): ${group.kind}`,
      ...group.examples.map((example) => `  e.g. ${example}`),
      ...(more > 0 ? [`  … and ${more} more`] : []),
    ]
  })
}
