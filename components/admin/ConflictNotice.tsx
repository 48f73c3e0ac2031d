import { useFormatter } from "next-intl";
import type { ConflictDetails } from "@/lib/errors";
import type { ShownField } from "@/lib/admin/fields";
import { displayValue, valueLang } from "@/lib/admin/display";
import { useT } from "@/lib/i18n/use-t";

/** What someone else saved while this user was editing: field, before → after, who and when. */
export function ConflictNotice({ conflict, fields }: { conflict: ConflictDetails; fields: readonly ShownField[] }) {
  const t = useT();
  const format = useFormatter();
  return (
    <div className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="mt-0 text-lg">{t("admin.conflict.title")}</h2>
      {conflict.changes.length === 0 ? (
        <p>{t("admin.conflict.changedSinceOpened")}</p>
      ) : (
        <ul className="space-y-2">
          {conflict.changes.map((change, i) => {
            const field = fields.find((f) => f.name === change.field);
            return (
              <li key={i}>
                <strong>{field?.label ?? change.field}</strong>: <span lang={valueLang(field, change.before)}>{displayValue(t, change.before, field)}</span> →{" "}
                <span lang={valueLang(field, change.after)}>{displayValue(t, change.after, field)}</span>
                <span className="block text-sm text-slate-700">
                  {change.by}, {format.dateTime(new Date(change.at), "dateTime")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
