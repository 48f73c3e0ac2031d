import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen: it scrolls sideways inside its own box while its first column
 * (the row names) stays in view. The box is a labelled, focusable region so keyboard users can
 * scroll it too (WCAG 2.1.1); words wrap between words, never letter by letter.
 */
export function ScrollTable({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    // relative: visually hidden labels are positioned absolutely and must scroll with the table, not widen the page
    <div role="region" aria-label={label} tabIndex={0} className={`scroll-table relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
