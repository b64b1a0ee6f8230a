import { type CheckAnswer, type CheckRequest, checkSession } from './check-protocol.ts'

// The folder check's worker (folder-check.ts starts one per check): the page stays responsive
// while a folder of a thousand races is read and validated here.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<CheckRequest>) => void
  postMessage: (answer: CheckAnswer) => void
}

const session = checkSession((answer) => scope.postMessage(answer))
scope.onmessage = (event) => session(event.data)
