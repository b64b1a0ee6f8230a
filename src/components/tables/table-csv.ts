import { csvFileName, toCsv } from '../../calc/csv.ts'

/**
 * Reads a rendered results table as the reader sees it: the last header row and every body row,
 * each cell's visible text (decorations marked aria-hidden and screen-reader-only twins left out).
 */
function visibleText(cell: Element): string {
  const clone = cell.cloneNode(true) as Element
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"], .visually-hidden'))
    hidden.remove()
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim()
}

export function readTable(table: HTMLTableElement): { header: string[]; rows: string[][] } {
  const headerRows = table.tHead?.rows
  const lastHeader = headerRows?.[headerRows.length - 1]
  const header = lastHeader ? [...lastHeader.cells].map(visibleText) : []
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].map(visibleText))
  return { header, rows }
}

/** Saves the table as shown as a CSV file (BOM for spreadsheet apps), named after its parts. */
export function downloadTable(table: HTMLTableElement, parts: string[]): void {
  const { header, rows } = readTable(table)
  const blob = new Blob([`\uFEFF${toCsv(header, rows)}`], { type: 'text/csv;charset=utf-8' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = csvFileName(...parts)
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}
