/** Why a file could not be used. Every error names the file's URL so the page can say which. */
export type LoadErrorKind =
  | 'not-found'
  | 'not-json'
  | 'invalid-shape'
  | 'network'
  | 'timeout'
  /** Over MAX_FILE_BYTES (src/loaders/file-text.ts): refused before it is read whole. */
  | 'too-large'

export interface ShapeProblem {
  /** JSON path in the file, e.g. "sessions[2].rows[5].best_lap_ms" ("" for the root). */
  path: string
  message: string
}

export class LoadError extends Error {
  readonly kind: LoadErrorKind
  readonly url: string
  readonly problems: ShapeProblem[]
  readonly status: number | null

  constructor(
    kind: LoadErrorKind,
    url: string,
    detail: string,
    options: { problems?: ShapeProblem[]; status?: number | null } = {},
  ) {
    super(`${url}: ${detail}`)
    this.name = 'LoadError'
    this.kind = kind
    this.url = url
    this.problems = options.problems ?? []
    this.status = options.status ?? null
  }
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError
}
