import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/**
 * Writes one prerendered page into its folder: index.html and the copies scripts/serve.ts sends
 * by Accept-Encoding, index.html.br (brotli 5: the race pages' budget is TCP's first flight,
 * scripts/prerender/page-budgets.ts) and index.html.gz (gzip 6, for a client or a static server
 * without brotli: nginx's gzip_static serves it as is).
 *
 * Synchronous on purpose: a worker renders one page at a time and the two workers already keep
 * both CPUs busy, so zlib's thread pool and the promises of asynchronous writes added work, not
 * parallelism: about a quarter of the CPU (docs/performance.md, "Prerendering the whole history").
 */
export function writePage(dir: string, html: string): void {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'index.html')
  const content = Buffer.from(html)
  writeFileSync(file, content)
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  )
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 6 }))
}
