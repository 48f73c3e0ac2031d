import { useT } from "@/lib/i18n/use-t";
import { withSwedish } from "@/components/Localized";
import { useFormatter } from "next-intl";
import type { FollowUpState } from "@/lib/followup/queries";

/** "Senast uppföljd i …", and a clear mark when the latest published period has nothing for this item. */
export function FollowUpNote({ state }: { state: FollowUpState }) {
  const t = useT();
  const format = useFormatter();
  const { last } = state;
  return (
    <div className="space-y-2">
      <p>
        {last
          ? withSwedish(
              t,
              "followUp.lastFollowedUp",
              { date: last.publishedAt ? format.dateTime(new Date(last.publishedAt), "date") : "–" },
              { period: last.title },
            )
          : t("followUp.neverFollowedUp")}
      </p>
      {state.missingInLatest && state.latest ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {t("followUp.missingMark")}: {withSwedish(t, "followUp.missingInLatest", {}, { period: state.latest.title })}
        </p>
      ) : null}
    </div>
  );
}
