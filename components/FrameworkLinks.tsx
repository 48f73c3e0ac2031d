import { AgendaGoalList } from "@/components/AgendaGoalBadge";
import { useT } from "@/lib/i18n/use-t";

type Props = {
  agenda2030: { agendaGoal: { number: number; title: string; color: string } }[];
  publicHealth: { target: { number: number; title: string } }[];
};

/** Agenda 2030 goals and national public-health target areas an item is linked to. */
export function FrameworkLinks({ agenda2030, publicHealth }: Props) {
  const t = useT();
  if (agenda2030.length === 0 && publicHealth.length === 0) return null;
  return (
    <section aria-labelledby="ramverk">
      <h2 id="ramverk">{t("pages.agenda2030")}</h2>
      <AgendaGoalList goals={agenda2030.map((l) => l.agendaGoal)} />
      {publicHealth.length > 0 ? (
        <>
          <h3>{t("words.publicHealth")}</h3>
          <ul className="list-disc pl-6">
            {publicHealth.map((l) => (
              <li key={l.target.number}>
                {l.target.number}. <span lang="sv">{l.target.title}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
