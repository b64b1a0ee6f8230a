import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process'

export interface Started {
  child: ChildProcess
  /** Everything the process printed so far, stdout and stderr together. */
  output: () => string
}

/**
 * Starts a long-running script (a server) and resolves once what it printed satisfies `ready`
 * (e.g. its URL); fails with that output if it exits first or stays silent for `timeoutMs`.
 */
export function startProcess(
  command: string,
  args: string[],
  options: SpawnOptions,
  ready: (output: string) => boolean,
  timeoutMs: number,
): Promise<Started> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let printed = ''
  const collect = (chunk: unknown) => {
    printed += String(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const started = { child, output: () => printed }
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`not ready:\n${printed}`)), timeoutMs)
    const check = () => {
      if (ready(printed)) {
        clearTimeout(timer)
        done(started)
      } else if (child.exitCode !== null) {
        clearTimeout(timer)
        fail(new Error(`exited ${child.exitCode}:\n${printed}`))
      } else setTimeout(check, 50)
    }
    check()
  })
}
