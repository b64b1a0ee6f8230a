/** @vitest-environment happy-dom */
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LoadError } from '../../src/calc/load-error.ts'
import { FileProblem } from '../../src/components/file-problem.tsx'
import { renderWithI18n } from './render.tsx'

describe('FileProblem', () => {
  it('names the file and each path, as text only', () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const error = new LoadError('invalid-shape', '/races/1101/sessions.json', '1 problem', {
      problems: [
        { path: 'sessions[0].rows[1].driver_name', message: `expected text, got ${hostile}` },
      ],
    })
    const { container } = renderWithI18n(<FileProblem error={error} />)
    expect(screen.getByRole('alert').textContent).toContain('races/1101/sessions.json')
    expect(screen.getByText('sessions[0].rows[1].driver_name')).toBeTruthy()
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain(hostile)
  })
  it('offers a retry when given one', () => {
    const error = new LoadError('timeout', '/races/1/sessions.json', 'slow')
    renderWithI18n(<FileProblem error={error} onRetry={() => undefined} />, 'en')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(screen.getByText('The server did not answer in time.', { exact: false })).toBeTruthy()
  })
})
