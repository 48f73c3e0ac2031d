import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen: it scrolls sideways inside its own box while its first column
 * (the row names) stays in view. The box is focusable, so keyboard users can scroll it too (WCAG 2.1.1),
 * and named, so a screen reader says what it entered. A group, not a region: a report has many
 * tables with the same caption, and regions with equal names are ambiguous landmarks.
 */
export function ScrollTable({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    // relative: visually hidden labels are positioned absolutely and must scroll with the table, not widen the page
    <div role="group" aria-label={label} tabIndex={0} className={`scroll-table relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
