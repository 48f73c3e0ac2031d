import { sv } from "@/lib/i18n/sv";

/** Shown on every page of a generated municipality, so synthetic data is never mistaken for a real plan. */
export function SyntheticNotice() {
  return (
    <aside role="note" aria-label={sv.synthetic.heading} className="mb-6 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
      <p className="font-bold">{sv.synthetic.heading}</p>
      <p>{sv.synthetic.notice}</p>
    </aside>
  );
}
