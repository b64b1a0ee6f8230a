import type { ReactNode } from 'react'
import { teamColour } from '../calc/team-colour.ts'

/** Empty values show "—", never "null", "NaN" or "undefined". */
export const DASH = '—'

export function text(value: string | number | null | undefined): string {
  if (value == null) return DASH
  if (typeof value === 'number' && !Number.isFinite(value)) return DASH
  const shown = String(value)
  return shown.trim() === '' ? DASH : shown
}

export function TeamName({ team }: { team: string | null }) {
  if (!team) return <>{DASH}</>
  return (
    <span className="team">
      {/* An SVG fill, not a style attribute: prerendered HTML must pass style-src 'self'. */}
      <svg className="team-chip" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
        <rect width="1" height="1" fill={teamColour(team)} />
      </svg>
      {team}
    </span>
  )
}

/** A coloured marker with its text twin (never colour alone). */
export function Marker({
  kind,
  label,
  children,
}: {
  kind: string
  label: string
  children: ReactNode
}) {
  return (
    <span className={`marker marker-${kind}`} title={label}>
      <span aria-hidden="true">{children}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  )
}
