import { sv } from "@/lib/i18n/sv";

/** Choose a date and see what changed since: a plain GET form, so it works without JavaScript. */
export function ChangesForm({ action, since }: { action: string; since?: string }) {
  const c = sv.followUp.changes;
  return (
    <form method="get" action={action} className="no-print mt-2 flex flex-wrap items-end gap-3">
      <div className="field">
        <label htmlFor="sedan" className="label block">
          {c.since}
        </label>
        <input id="sedan" name="sedan" type="date" required defaultValue={since} className="input" />
      </div>
      <button type="submit" className="btn btn-secondary">
        {c.submit}
      </button>
    </form>
  );
}
