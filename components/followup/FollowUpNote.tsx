import { sv } from "@/lib/i18n/sv";
import { formatDate } from "@/lib/labels";
import type { FollowUpState } from "@/lib/followup/queries";

/** "Senast uppföljd i …", and a clear mark when the latest published period has nothing for this item. */
export function FollowUpNote({ state }: { state: FollowUpState }) {
  const f = sv.followUp;
  return (
    <div className="space-y-2">
      <p>{state.last ? f.lastFollowedUp(state.last.title, state.last.publishedAt ? formatDate(new Date(state.last.publishedAt)) : "–") : f.neverFollowedUp}</p>
      {state.missingInLatest && state.latest ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {f.missingMark}: {f.missingInLatest(state.latest.title)}
        </p>
      ) : null}
    </div>
  );
}
