import { useT } from "@/lib/i18n/use-t";

/**
 * Shown on every page of an invented municipality (generated for the benchmark, or the demo's
 * Exempelkommun), so invented data is never mistaken for a real plan.
 */
export function SyntheticNotice({ kind }: { kind: "synthetic" | "example" }) {
  const t = useT();
  const [heading, notice] =
    kind === "example" ? [t("synthetic.exampleHeading"), t("synthetic.exampleNotice")] : [t("synthetic.heading"), t("synthetic.notice")];
  return (
    <aside role="note" aria-label={heading} className="mb-6 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
      <p className="font-bold">{heading}</p>
      <p>{notice}</p>
    </aside>
  );
}
