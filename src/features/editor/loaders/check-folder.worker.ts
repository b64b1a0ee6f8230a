import { answerCheck, type CheckAnswer, type CheckRequest } from './check-protocol.ts'

// The folder check's worker (folder-check.ts starts it): the page stays responsive while a
// folder of a thousand races is read and validated here.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<CheckRequest>) => void
  postMessage: (answer: CheckAnswer) => void
}

scope.onmessage = (event) => {
  void answerCheck(event.data, (answer) => scope.postMessage(answer))
}
