import { withSwedish } from "@/components/Localized";
import { useFormatter, useLocale } from "next-intl";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { isoDate } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { PeriodRef } from "@/lib/followup/queries";

type Props = { goal: { m: string; d: string; g: string }; since?: string; latest?: PeriodRef | null };

/**
 * "Vad har ändrats?": a shortcut to everything since the latest follow-up was published, or a chosen
 * date in a plain GET form (works without JavaScript), and the same changes as an Atom feed.
 */
export function ChangesForm({ goal: { m, d, g }, since, latest }: Props) {
  const t = useT();
  const format = useFormatter();
  const locale = useLocale();
  const published = latest?.publishedAt ? new Date(latest.publishedAt) : null;
  return (
    <div className="no-print mt-2 space-y-3">
      {latest && published ? (
        <p>
          <Link href={paths.goalChanges(m, d, g, isoDate(published))} className="link font-semibold">
            {withSwedish(t, "followUp.changes.sinceLatest", { date: format.dateTime(published, "date") }, { period: latest.title })}
          </Link>
        </p>
      ) : null}
      <form method="get" action={getPathname({ href: paths.goalChanges(m, d, g), locale })} className="flex flex-wrap items-end gap-3">
        <div className="field">
          <label htmlFor="sedan" className="label block">
            {latest && published ? t("followUp.changes.sinceDate") : t("followUp.changes.since")}
          </label>
          <input id="sedan" name="sedan" type="date" required defaultValue={since} className="input" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("followUp.changes.submit")}
        </button>
      </form>
      <p className="text-sm">
        <a href={getPathname({ href: paths.goalFeed(m, d, g), locale })} className="link">
          {t("followUp.changes.feed")}
        </a>
      </p>
    </div>
  );
}
