"use client";

/** Opens the browser's print dialog; the page's print styles leave out navigation and buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print btn btn-secondary">
      {label}
    </button>
  );
}
