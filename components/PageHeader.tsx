import type { ReactNode } from "react";

/** kicker, title and lead may be a municipality's text marked with its language (components/Localized.tsx). */
export function PageHeader({ kicker, title, lead, children }: { kicker?: ReactNode; title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-8">
      {kicker ? <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-teal-800">{kicker}</p> : null}
      <h1 className="text-3xl font-bold leading-tight text-slate-900 sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-prose text-lg text-slate-700">{lead}</p> : null}
      {children}
    </header>
  );
}
