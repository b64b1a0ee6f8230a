/**
 * The floor under the initial-JS figure: the smallest app built on the project's mandated stack.
 * One page that fetches one JSON file with TanStack Query, checks it with a zod/mini schema and
 * shows it in a sortable TanStack Table (the same feature set as the app's tables), built by
 * Vite with the same React plugin, and measured as the app is (entry chunk and its static
 * imports, gzip level 9). What the app adds above it is the race page itself.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { measureBundle, sum } from '../check-budgets.ts'

const MAIN = `import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric,
  tableFeatures, useTable,
} from '@tanstack/react-table'
import { createRoot } from 'react-dom/client'
import * as z from 'zod/mini'

const rowSchema = z.object({ position: z.number(), driver: z.string() })
const fileSchema = z.object({ rows: z.array(rowSchema) })
type Row = z.infer<typeof rowSchema>

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
})
const helper = createColumnHelper<typeof features, Row>()
const columns = [helper.accessor('position', {}), helper.accessor('driver', {})]

function Results({ rows }: { rows: Row[] }) {
  const table = useTable({ features, columns, data: rows })
  return (
    <table>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id}>
                <button type="button" onClick={header.column.getToggleSortingHandler()}>
                  {header.column.id}
                </button>
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>{String(cell.getValue())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Page() {
  const query = useQuery({
    queryKey: ['rows'],
    queryFn: async () => fileSchema.parse(await (await fetch('/rows.json')).json()).rows,
  })
  return query.data ? <Results rows={query.data} /> : <p>…</p>
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={new QueryClient()}>
    <Page />
  </QueryClientProvider>,
)
`

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>floor</title></head>
<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>
`

const ROWS = {
  rows: Array.from({ length: 20 }, (_, index) => ({
    position: index + 1,
    driver: `Driver number ${index + 1}`,
  })),
}

/**
 * Builds the floor app under `dir` (its data file and precompressed copies beside it, served as
 * the app is) and returns where it is and its initial JS in bytes (gzip level 9).
 */
export async function buildLibraryFloor(
  dir: string,
): Promise<{ outDir: string; initialJsBytes: number }> {
  const root = resolve(dir, 'src')
  const outDir = resolve(dir, 'dist')
  await rm(dir, { recursive: true, force: true })
  await mkdir(root, { recursive: true })
  await writeFile(join(root, 'main.tsx'), MAIN)
  await writeFile(join(root, 'index.html'), HTML)
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  await writeFile(join(outDir, 'rows.json'), JSON.stringify(ROWS))
  const bundle = await measureBundle(outDir)
  for (const file of [...bundle.allJs.map((js) => js.file), 'index.html', 'rows.json']) {
    const content = await readFile(join(outDir, file))
    const quality = { [constants.BROTLI_PARAM_QUALITY]: 11 }
    await writeFile(join(outDir, `${file}.br`), brotliCompressSync(content, { params: quality }))
    await writeFile(join(outDir, `${file}.gz`), gzipSync(content, { level: 9 }))
  }
  return { outDir, initialJsBytes: sum(bundle.initialJs) }
}
