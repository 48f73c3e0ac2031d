import { Markdown } from "@/components/Markdown";
import { useT } from "@/lib/i18n/use-t";
import { useFormatter } from "next-intl";
import type { ActionFollowUpData } from "@/lib/followup/queries";
import { ActionStatusMark, StatusLegend } from "./StatusMark";

type Entry = ActionFollowUpData["entries"][number];

function EntryFacts({ entry }: { entry: Entry }) {
  const t = useT();
  const format = useFormatter();
  return (
    <>
      <p className="flex flex-wrap items-center gap-3">
        <ActionStatusMark status={entry.status} />
        {entry.progress !== null ? (
          <span>
            {t("followUp.progress")}: {t("followUp.percent", { n: entry.progress })}
          </span>
        ) : null}
      </p>
      {entry.reason ? (
        <p>
          <strong>{t("followUp.reason")}:</strong> <span lang="sv">{entry.reason}</span>
        </p>
      ) : null}
      {entry.comment ? <Markdown source={entry.comment} lang="sv" /> : null}
      <p className="text-sm text-slate-700">
        {[
          entry.responsiblePerson ? `${t("followUp.responsiblePerson")}: ${entry.responsiblePerson}` : null,
          `${t("followUp.reportedOn")}: ${format.dateTime(new Date(entry.reportedOn), "date")}`,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </>
  );
}

/** An action's page under its status summary: the latest published status and comment, and its history per period. */
export function ActionFollowUpSection({ followUp }: { followUp: ActionFollowUpData }) {
  const t = useT();
  const [latest, ...earlier] = followUp.entries;
  // With nothing published the status summary already says so, and when it is expected.
  if (!latest) return null;
  return (
    <section aria-labelledby="uppfoljning">
      <h2 id="uppfoljning">{t("followUp.title")}</h2>
      {latest ? (
        <div className="card mt-4 space-y-2">
          <h3 className="mt-0">
            {t("followUp.latest")}: <span lang="sv">{latest.period.title}</span>
          </h3>
          <EntryFacts entry={latest} />
        </div>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h3>{t("followUp.history")}</h3>
          <ol className="space-y-3">
            {earlier.map((entry) => (
              <li key={entry.period.slug} className="card space-y-2">
                <h4 className="font-semibold" lang="sv">
                  {entry.period.title}
                </h4>
                <EntryFacts entry={entry} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {followUp.entries.length > 0 ? <StatusLegend /> : null}
    </section>
  );
}
