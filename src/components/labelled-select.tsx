import type { ReactNode } from 'react'

/**
 * A native select with its visible label (the season picker, the league's division filter): one
 * look, touch-sized, and the label tied to it for screen readers.
 */
export function LabelledSelect(props: {
  id: string
  label: string
  /** The wrapper's class, for the layout of the page it sits in. */
  className: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  return (
    <div className={props.className}>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className="field"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.children}
      </select>
    </div>
  )
}
