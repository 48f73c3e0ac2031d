import type { ConflictDetails } from "@/lib/errors";
import type { FieldSpec } from "@/lib/admin/fields";
import { displayValue } from "@/lib/admin/display";
import { formatDateTime } from "@/lib/labels";

/** What someone else saved while this user was editing: field, before → after, who and when. */
export function ConflictNotice({ conflict, fields }: { conflict: ConflictDetails; fields: readonly FieldSpec[] }) {
  return (
    <div className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="mt-0 text-lg">Ändringar som någon annan har sparat</h2>
      {conflict.changes.length === 0 ? (
        <p>Posten har ändrats sedan du öppnade den.</p>
      ) : (
        <ul className="space-y-2">
          {conflict.changes.map((change, i) => {
            const field = fields.find((f) => f.name === change.field);
            return (
              <li key={i}>
                <strong>{field?.label ?? change.field}</strong>: {displayValue(change.before, field)} → {displayValue(change.after, field)}
                <span className="block text-sm text-slate-700">
                  {change.by}, {formatDateTime(new Date(change.at))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
