import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type pg from "pg";

/**
 * Both sides of the drift check reduced to the same sorted lines, one fact per line
 * ("column Goal.title text not null"), so a failing test shows exactly what differs.
 */

type DmmfField = {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type Dmmf = {
  enums: { name: string; values: { name: string }[] }[];
  models: { name: string; fields: DmmfField[] }[];
  indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; algorithm?: string; fields: { name: string }[] }[];
  /** Not in Prisma's DMMF, read from the schema text: `Unsupported("…")` columns. */
  unsupported: UnsupportedField[];
};

/** A column Prisma cannot type; `generated` when its doc comment starts with "Generated:" (a STORED generated column). */
type UnsupportedField = { model: string; name: string; type: string; isRequired: boolean; generated: boolean };

const require = createRequire(import.meta.url);

export async function loadDmmf(schemaPath: string): Promise<Dmmf> {
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const prismaSchema = await readFile(schemaPath, "utf8");
  const datamodel = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema }))).datamodel as Omit<Dmmf, "unsupported">;
  return { ...datamodel, unsupported: unsupportedFields(prismaSchema) };
}

// NOTE: Prisma's DMMF leaves out Unsupported fields altogether, so they are read from the text.
export function unsupportedFields(prismaSchema: string): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  for (const [, model, body] of prismaSchema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const lines = body!.split("\n");
    lines.forEach((line, i) => {
      const match = /^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/.exec(line);
      if (!match) return;
      const generated = /^\s*\/\/\/\s*Generated:/.test(lines[i - 1] ?? "");
      fields.push({ model: model!, name: match[1]!, type: match[2]!, isRequired: !match[3], generated });
    });
  }
  return fields;
}

const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric",
  Json: "jsonb",
  DateTime: "timestamp(3)",
};

function expectedType(f: DmmfField): string {
  const base = f.kind === "enum" ? `enum ${f.type}` : f.nativeType?.[0] === "Date" ? "date" : scalarTypes[f.type]!;
  return f.isList ? `${base}[]` : base;
}

const onDeleteRule = (f: DmmfField) =>
  ({ Cascade: "cascade", SetNull: "set null", Restrict: "restrict", NoAction: "no action" })[f.relationOnDelete ?? ""] ??
  (f.isRequired ? "restrict" : "set null");

export function expectedShape(dmmf: Dmmf): string[] {
  const lines: string[] = [];
  for (const e of dmmf.enums) lines.push(`enum ${e.name} (${e.values.map((v) => v.name).join(", ")})`);
  for (const model of dmmf.models) {
    lines.push(`table ${model.name}`);
    for (const f of model.fields) {
      if (f.kind === "object") {
        if (f.relationFromFields?.length) {
          lines.push(
            `foreign key ${model.name}(${f.relationFromFields.join(", ")}) -> ${f.type}(${f.relationToFields!.join(", ")}) on delete ${onDeleteRule(f)}`,
          );
        }
        continue;
      }
      const nullability = f.isRequired && !f.isList ? "not null" : "null";
      const hasDefault = f.hasDefaultValue ? " default" : "";
      lines.push(`column ${model.name}.${f.name} ${expectedType(f)} ${nullability}${hasDefault}`);
    }
  }
  for (const f of dmmf.unsupported) {
    lines.push(`column ${f.model}.${f.name} ${f.type} ${f.isRequired ? "not null" : "null"}${f.generated ? " generated" : ""}`);
  }
  for (const index of dmmf.indexes) {
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique" : "index";
    const method = index.algorithm && index.algorithm !== "BTree" ? ` using ${index.algorithm.toLowerCase()}` : "";
    lines.push(`${kind} ${index.model}(${index.fields.map((f) => f.name).join(", ")})${method}`);
  }
  return lines.sort();
}

const rules: Record<string, string> = { c: "cascade", n: "set null", r: "restrict", a: "no action", d: "set default" };

export async function databaseShape(client: pg.Client): Promise<string[]> {
  const lines: string[] = [];
  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const e of enums.rows) lines.push(`enum ${e.name} (${e.values.join(", ")})`);

  const tables = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  for (const t of tables.rows) lines.push(`table ${t.name}`);

  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; has_default: boolean; generated: boolean }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, a.atthasdef AS has_default, a.attgenerated <> '' AS generated
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
  const enumNames = new Set(enums.rows.map((e) => e.name));
  for (const c of columns.rows) {
    const raw = c.type.replace(/"/g, "").replace("timestamp(3) without time zone", "timestamp(3)");
    const bare = raw.replace(/\[\]$/, "");
    const type = (enumNames.has(bare) ? `enum ${bare}` : bare) + (raw.endsWith("[]") ? "[]" : "");
    // A generated column's expression is stored like a default; it is reported as "generated" instead.
    const extra = c.generated ? " generated" : c.has_default ? " default" : "";
    lines.push(`column ${c.table}.${c.column} ${type} ${c.nullable ? "null" : "not null"}${extra}`);
  }

  const indexes = await client.query<{ table: string; is_unique: boolean; is_primary: boolean; method: string; columns: string[] }>(`
    SELECT t.relname AS table, ix.indisunique AS is_unique, ix.indisprimary AS is_primary, am.amname AS method,
           array_agg(a.attname::text ORDER BY k.ord) AS columns
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam
    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
    GROUP BY ix.indexrelid, t.relname, ix.indisunique, ix.indisprimary, am.amname`);
  for (const i of indexes.rows) {
    const kind = i.is_primary ? "primary key" : i.is_unique ? "unique" : "index";
    lines.push(`${kind} ${i.table}(${i.columns.join(", ")})${i.method === "btree" ? "" : ` using ${i.method}`}`);
  }

  const foreignKeys = await client.query<{ table: string; columns: string[]; target: string; target_columns: string[]; rule: string }>(`
    SELECT src.relname AS table, dst.relname AS target, con.confdeltype AS rule,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS target_columns
    FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of foreignKeys.rows) {
    lines.push(`foreign key ${fk.table}(${fk.columns.join(", ")}) -> ${fk.target}(${fk.target_columns.join(", ")}) on delete ${rules[fk.rule]}`);
  }
  return lines.sort();
}
