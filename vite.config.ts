import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.json', '.svg', '.txt', '.md'])
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? filesUnder(path) : [path]
    }),
  )
  return nested.flat()
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build (the sample exports too)
 * that compression makes smaller, for scripts/serve.ts to send to browsers that accept them.
 * Hashed assets get brotli's best quality (compressed once per content, downloaded by every
 * fan); data files, re-exported often, a fast one.
 */
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'gp-page:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter(
        (file) => COMPRESSIBLE.has(extname(file)) && !file.includes('/.vite/'),
      )
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < 1024) return
          const content = await readFile(file)
          const quality = file.includes('/assets/') ? 11 : 5
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: quality,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: 9 }),
          ])
          if (br.length < content.length) await writeFile(`${file}.br`, br)
          if (gz.length < content.length) await writeFile(`${file}.gz`, gz)
        }),
      )
    },
  }
}

/**
 * dist/.vite/chunk-modules.json: the modules of each chunk (paths relative to the project), for
 * scripts/check-budgets.ts to prove the views a fan rarely opens stay out of the first chunks.
 */
function chunkModules(): Plugin {
  let root = process.cwd()
  return {
    name: 'gp-page:chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {}
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        modules[chunk.fileName] = Object.keys(chunk.modules)
          .map((id) => relative(root, id.replace(/^\0/, '').replace(/\?.*$/, '')))
          .sort()
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: `${JSON.stringify(modules, null, 2)}\n`,
      })
    },
  }
}

/**
 * `npm run dev` has no prerendered pages: page paths (/races/1101/grid/, /seasons/2023/) get the
 * app's index.html, which renders them in the browser.
 */
function pagePaths(): Plugin {
  const PAGE = /^\/(races\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)?|seasons\/[A-Za-z0-9_-]+)\/(\?.*)?$/
  return {
    name: 'gp-page:page-paths',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url && PAGE.test(request.url)) request.url = '/index.html'
        next()
      })
    },
  }
}

// `vite build --ssr src/entry-server.tsx` (npm run build): the server entry alone, in dist-ssr/,
// for scripts/prerender.ts; no public/ copy, no compression, no manifest.
const SSR_BUILD = {
  outDir: 'dist-ssr',
  copyPublicDir: false,
  manifest: false,
  target: 'node20',
  rolldownOptions: { output: { codeSplitting: false } },
} as const

export default defineConfig(({ isSsrBuild }) => ({
  plugins: isSsrBuild ? [react()] : [react(), pagePaths(), chunkModules(), precompress()],
  resolve: {
    alias: [
      // TanStack Table's store imports the shim of useSyncExternalStore for React < 18; React 19
      // has the hook, which the plain build of the same package uses directly.
      {
        find: /^use-sync-external-store\/shim\/with-selector$/,
        replacement: 'use-sync-external-store/with-selector',
      },
    ],
  },
  // Missing data files must answer 404 (the fallbacks depend on it), not the SPA's index.html.
  appType: 'mpa',
  build: isSsrBuild
    ? SSR_BUILD
    : {
        target: 'es2022',
        sourcemap: false,
        // dist/.vite/manifest.json: scripts/check-budgets.ts reads which chunks load first.
        manifest: true,
        // Every browser the page supports preloads modules natively: no polyfill in the entry.
        // No preload links added before each dynamic import either (their CSS still loads): each
        // link appended cost main-thread time in the tasks that hydrate a prerendered page. The
        // chunks a prerendered race page hydrates with are preloaded by public/boot.js
        // (<meta name="gp-page:preload">); the other tabs' are fetched after the first paint.
        modulePreload: { polyfill: false, resolveDependencies: () => [] },
        rolldownOptions: {
          // Everything the first view needs in the entry chunk: one request, one compression window.
          // Left alone, Rolldown moves the modules that lazy chunks share with the entry (React, the
          // i18n) into a second chunk that the entry imports anyway.
          output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
        },
      },
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173) },
}))
