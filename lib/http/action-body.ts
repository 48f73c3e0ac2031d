/**
 * Whether a server-action POST carries a body React can decode (docs/decisions/056). Next 16 answers
 * 500 when decoding a fetch action's arguments fails (an unparsable row, a missing root row, a reference
 * to a row that was not sent), before any of our code runs. This checks the reply's shape as React's
 * `encodeReply` makes it — row "0" holds a JSON array of the arguments, and every `$`-reference names
 * a row that is there — so such a request can be answered 400 instead. What decodes is then checked
 * by the action itself (`runForm` and the zod schemas behind it).
 */

const MAX_NODES = 50_000;
/** Next refuses (with a 500) an action called with more arguments than this. */
const MAX_ARGUMENTS = 1_000;
/** Values React writes inline, without a row of their own. */
const INLINE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|T$|K|n-?\d{1,300}$)/;
/** A reference to another row: `$1`, `$@2`, `$Q3`, `$h4`… (hex ids), optionally followed by a path. */
const REFERENCE = /^\$[@QWiIhFBAOoUSsLlGgMmVRrXx]?([0-9a-f]+)(?::.*)?$/;

type Rows = Map<string, FormDataEntryValue>;

function wellFormed(rows: Rows, id: string, seen: Set<string>, budget: { nodes: number }): boolean {
  if (seen.has(id)) return true;
  seen.add(id);
  const row = rows.get(id);
  if (row === undefined) return false;
  if (typeof row !== "string") return true; // a file or blob row is taken as it is
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch {
    return false;
  }
  if (id === "0" && !(Array.isArray(value) && value.length <= MAX_ARGUMENTS)) return false;
  const stack = [value];
  while (stack.length > 0) {
    if (--budget.nodes < 0) return false;
    const node = stack.pop();
    if (typeof node === "string" && node.startsWith("$")) {
      if (INLINE.test(node)) continue;
      const reference = REFERENCE.exec(node);
      if (!reference || !wellFormed(rows, String(parseInt(reference[1]!, 16)), seen, budget)) return false;
    } else if (node && typeof node === "object") stack.push(...Object.values(node));
  }
  return true;
}

/** True when the body of a request with a `Next-Action` header cannot be a reply React encoded. */
export async function malformedActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  let rows: Rows;
  if (type.startsWith("multipart/form-data")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    if (!form) return true;
    // React names a row by its id after the action's own prefix ("1_title" is field "title" of FormData 1).
    rows = new Map(form.entries());
  } else {
    rows = new Map([["0", await request.clone().text()]]);
  }
  return !wellFormed(rows, "0", new Set(), { nodes: MAX_NODES });
}
