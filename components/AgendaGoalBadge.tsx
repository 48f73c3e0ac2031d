import Link from "next/link";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

/** Dark text on the light SDG colours, white on the rest, so every badge meets WCAG AA contrast. */
function textColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05) >= 4.5 ? "#FFFFFF" : "#111111";
}

/**
 * A global goal as a tile in its official colour, with its number large and its name: the colour is
 * decoration; number and name carry the meaning, in white or near-black, whichever meets contrast.
 */
export function AgendaGoalBadge({ goal }: { goal: { number: number; title: string; color: string } }) {
  return (
    <Link
      href={paths.agenda2030Goal(goal.number)}
      className="flex h-full w-40 flex-col gap-1 rounded p-2 no-underline hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 print:border print:border-black"
      style={{ backgroundColor: goal.color, color: textColour(goal.color) }}
    >
      <span className="text-3xl leading-none font-bold">
        <span className="sr-only">{sv.words.agenda2030Goal} </span>
        {goal.number}
      </span>
      <span className="text-sm leading-tight font-semibold">{goal.title}</span>
    </Link>
  );
}

export function AgendaGoalList({ goals }: { goals: { number: number; title: string; color: string }[] }) {
  if (goals.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-stretch gap-2" aria-label={sv.pages.agenda2030}>
      {goals.map((g) => (
        <li key={g.number}>
          <AgendaGoalBadge goal={g} />
        </li>
      ))}
    </ul>
  );
}
