import { useId, type ReactNode } from 'react'

/** Evidence from a check that is no longer current: dimmed, and labelled with when it is from. */
export function StaleEvidence({ label, children }: { label: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="stale-evidence" aria-labelledby={id}>
      <p id={id} className="stale-label">
        {label}
      </p>
      {children}
    </section>
  )
}
