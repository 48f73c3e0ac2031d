import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL URL. Unset: the start script runs an embedded PostgreSQL and sets it for the app. */
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL ska vara en postgresql://-adress" })),
  /** Public base URL, used in canonical links and metadata. */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** Where people report accessibility problems with the portal; shown in the accessibility statement. */
  ACCESSIBILITY_CONTACT_EMAIL: optional(z.email({ error: "ACCESSIBILITY_CONTACT_EMAIL ska vara en e-postadress" })),
  /** Contact point of the open-data catalogue (DCAT-AP-SE asks for an e-mail address). */
  OPEN_DATA_CONTACT_EMAIL: optional(z.email({ error: "OPEN_DATA_CONTACT_EMAIL ska vara en e-postadress" })),
  /** Log every SQL query Prisma sends (for debugging and query counting). */
  LOG_QUERIES: z.preprocess(emptyAsUndefined, z.enum(["0", "1", "true", "false"]).default("0")).transform((v) => v === "1" || v === "true"),
});

function parseEnv() {
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ogiltig miljövariabel:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv();
