import { useId } from 'react'
import { useEditorT } from '../i18n/translate.ts'

/**
 * How far the check of a picked folder is: files read, then files checked, out of how many. A
 * progressbar (its value and its words for assistive technology), and the same words shown.
 */
export function CheckProgress({
  progress,
}: {
  progress: { phase: 'read' | 'check'; done: number; total: number }
}) {
  const et = useEditorT()
  const id = useId()
  const words = et(progress.phase === 'read' ? 'progressRead' : 'progressCheck', {
    done: progress.done,
    total: progress.total,
  })
  // Reading and checking are two halves of one bar: it never goes back.
  const half = progress.total === 0 ? 1 : progress.done / progress.total
  const value = Math.round((progress.phase === 'read' ? half / 2 : 0.5 + half / 2) * 100)
  return (
    <div className="check-progress">
      <p id={id}>{et('progressLabel')}</p>
      <div
        className="check-progress-bar"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={words}
      >
        <div className="check-progress-fill" style={{ width: `${value}%` }} />
      </div>
      <p className="check-progress-words">{words}</p>
    </div>
  )
}
