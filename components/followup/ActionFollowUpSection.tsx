import { Markdown } from "@/components/Markdown";
import { sv } from "@/lib/i18n/sv";
import { formatDate } from "@/lib/labels";
import type { ActionFollowUpData } from "@/lib/followup/queries";
import { ActionStatusMark, StatusLegend } from "./StatusMark";

type Entry = ActionFollowUpData["entries"][number];

function EntryFacts({ entry }: { entry: Entry }) {
  const f = sv.followUp;
  return (
    <>
      <p className="flex flex-wrap items-center gap-3">
        <ActionStatusMark status={entry.status} />
        {entry.progress !== null ? (
          <span>
            {f.progress}: {f.percent(entry.progress)}
          </span>
        ) : null}
      </p>
      {entry.reason ? (
        <p>
          <strong>{f.reason}:</strong> {entry.reason}
        </p>
      ) : null}
      {entry.comment ? <Markdown source={entry.comment} /> : null}
      <p className="text-sm text-slate-700">
        {[entry.responsiblePerson ? `${f.responsiblePerson}: ${entry.responsiblePerson}` : null, `${f.reportedOn}: ${formatDate(new Date(entry.reportedOn))}`]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </>
  );
}

/** An action's page under its status summary: the latest published status and comment, and its history per period. */
export function ActionFollowUpSection({ followUp }: { followUp: ActionFollowUpData }) {
  const f = sv.followUp;
  const [latest, ...earlier] = followUp.entries;
  // With nothing published the status summary already says so, and when it is expected.
  if (!latest) return null;
  return (
    <section aria-labelledby="uppfoljning">
      <h2 id="uppfoljning">{f.title}</h2>
      {latest ? (
        <div className="card mt-4 space-y-2">
          <h3 className="mt-0">
            {f.latest}: {latest.period.title}
          </h3>
          <EntryFacts entry={latest} />
        </div>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h3>{f.history}</h3>
          <ol className="space-y-3">
            {earlier.map((entry) => (
              <li key={entry.period.slug} className="card space-y-2">
                <h4 className="font-semibold">{entry.period.title}</h4>
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
