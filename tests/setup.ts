import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Component tests run in happy-dom (per-file docblock); unmount between tests.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
})
