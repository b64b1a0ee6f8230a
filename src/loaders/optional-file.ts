import { isLoadError } from '../calc/load-error.ts'

/** An optional export file: null on 404 (that selects its fallback), any other failure thrown. */
export async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    if (isLoadError(error) && error.kind === 'not-found') return null
    throw error
  }
}
