import { Component, type ReactNode } from 'react'

interface Props {
  fallback: (error: unknown, reset: () => void) => ReactNode
  children: ReactNode
}

/** One broken view never takes down the page: each tab panel sits inside one of these. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  reset = () => this.setState({ error: null })

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset)
    return this.props.children
  }
}
