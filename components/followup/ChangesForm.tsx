import Link from "next/link";
import { sv } from "@/lib/i18n/sv";
import { formatDate, isoDate } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { PeriodRef } from "@/lib/followup/queries";

type Props = { goal: { m: string; d: string; g: string }; since?: string; latest?: PeriodRef | null };

/**
 * "Vad har ändrats?": a shortcut to everything since the latest follow-up was published, or a chosen
 * date in a plain GET form (works without JavaScript), and the same changes as an Atom feed.
 */
export function ChangesForm({ goal: { m, d, g }, since, latest }: Props) {
  const c = sv.followUp.changes;
  const published = latest?.publishedAt ? new Date(latest.publishedAt) : null;
  return (
    <div className="no-print mt-2 space-y-3">
      {latest && published ? (
        <p>
          <Link href={paths.goalChanges(m, d, g, isoDate(published))} className="link font-semibold">
            {c.sinceLatest(latest.title, formatDate(published))}
          </Link>
        </p>
      ) : null}
      <form method="get" action={paths.goalChanges(m, d, g)} className="flex flex-wrap items-end gap-3">
        <div className="field">
          <label htmlFor="sedan" className="label block">
            {latest && published ? c.sinceDate : c.since}
          </label>
          <input id="sedan" name="sedan" type="date" required defaultValue={since} className="input" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {c.submit}
        </button>
      </form>
      <p className="text-sm">
        <a href={paths.goalFeed(m, d, g)} className="link">
          {c.feed}
        </a>
      </p>
    </div>
  );
}
