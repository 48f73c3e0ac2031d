import { Link } from "@/lib/i18n/navigation";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import { textColour } from "@/lib/agenda2030/colour";

/**
 * A global goal as a tile in its official colour, with its number large and its name: the colour is
 * decoration; number and name carry the meaning, in white or near-black, whichever meets contrast.
 */
export function AgendaGoalBadge({ goal }: { goal: { number: number; title: string; color: string } }) {
  const t = useT();
  return (
    <Link
      href={paths.agenda2030Goal(goal.number)}
      className="flex h-full w-40 flex-col gap-1 rounded p-2 no-underline hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 print:border print:border-black"
      style={{ backgroundColor: goal.color, color: textColour(goal.color) }}
    >
      <span className="text-3xl leading-none font-bold">
        <span className="sr-only">{t("words.agenda2030Goal")} </span>
        {goal.number}
      </span>
      {/* The global goals' official Swedish names: the portal has no translation of them. */}
      <span className="text-sm leading-tight font-semibold" lang="sv">
        {goal.title}
      </span>
    </Link>
  );
}

/** A global goal's number as a coloured tile beside a heading that names the goal (so hidden from screen readers). */
export function AgendaGoalNumber({ goal }: { goal: { number: number; color: string } }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex h-14 w-14 shrink-0 items-center justify-center rounded text-3xl font-bold print:border print:border-black"
      style={{ backgroundColor: goal.color, color: textColour(goal.color) }}
    >
      {goal.number}
    </span>
  );
}

export function AgendaGoalList({ goals }: { goals: { number: number; title: string; color: string }[] }) {
  const t = useT();
  if (goals.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-stretch gap-2" aria-label={t("pages.agenda2030")}>
      {goals.map((g) => (
        <li key={g.number}>
          <AgendaGoalBadge goal={g} />
        </li>
      ))}
    </ul>
  );
}
