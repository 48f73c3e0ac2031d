import { createHash } from "node:crypto";

/** A read: a `SELECT`, or a `WITH` query (search, coverage), after the leading whitespace of a template literal. */
const READ = /^\s*(?:SELECT|WITH)\b/;

/**
 * Names each read by its SQL text, so every pooled connection prepares it once and PostgreSQL can
 * reuse the plan instead of planning a page's large join statement on every request
 * (docs/decisions/020). Search's one statement begins with `WITH` and costs about 10 ms to plan,
 * ten times what it costs to run (docs/decisions/125). Writes stay unnamed (""): their texts vary
 * with the number of rows. NOTE: no `WITH` in this code base writes; one that did would be named too.
 */
export const statementName = ({ sql }: { sql: string }) => (READ.test(sql) ? `r${createHash("sha256").update(sql).digest("base64url").slice(0, 40)}` : "");
