import { MAX_FILE_BYTES, tooLargeError } from './file-limit.ts'

/**
 * The bytes of a response, never more than MAX_FILE_BYTES: a Content-Length over the limit is
 * refused before reading, and a body that grows past it (no or a false Content-Length) is cut
 * there, so a 600 MB file never fills the tab's memory. Network failures are thrown as they come.
 */
export async function readBody(response: Response, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '')
  if (declared > MAX_FILE_BYTES) {
    await response.body?.cancel().catch(() => undefined)
    throw tooLargeError(url, declared)
  }
  // No body (204, 304): an empty file.
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > MAX_FILE_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw tooLargeError(url, size)
    }
    chunks.push(value)
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer())
}
