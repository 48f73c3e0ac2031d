import { isIP } from "node:net";
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const flag = z.preprocess(emptyAsUndefined, z.enum(["0", "1", "true", "false"]).default("0")).transform((v) => v === "1" || v === "true");

/** "10.0.0.1", "10.0.0.0/8", "2001:db8::/32": an address, or a network with its prefix length. */
function isAddressOrNetwork(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const addressList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrNetwork), "TRUSTED_PROXIES ska vara kommaseparerade IP-adresser eller nät, t.ex. 10.0.0.5,10.1.0.0/16"),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL URL. Unset: the start script runs an embedded PostgreSQL and sets it for the app. */
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL ska vara en postgresql://-adress" })),
  /** The schema owner's PostgreSQL URL for migrations, when DATABASE_URL is a role that owns nothing (docs/decisions/060). */
  MIGRATION_DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "MIGRATION_DATABASE_URL ska vara en postgresql://-adress" })),
  /** Public base URL, used in canonical links and metadata. */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** Where people report accessibility problems with the portal; shown in the accessibility statement. */
  ACCESSIBILITY_CONTACT_EMAIL: optional(z.email({ error: "ACCESSIBILITY_CONTACT_EMAIL ska vara en e-postadress" })),
  /** Contact point of the open-data catalogue (DCAT-AP-SE asks for an e-mail address). */
  OPEN_DATA_CONTACT_EMAIL: optional(z.email({ error: "OPEN_DATA_CONTACT_EMAIL ska vara en e-postadress" })),
  /**
   * Tests only: a loopback HTTP server (http://127.0.0.1:<port>) the Kolada import may fetch from besides
   * api.kolada.se, so recorded answers are replayed over real HTTP. Refused in production and for any
   * address that is not loopback, so it cannot open the import to the rest of the network.
   */
  KOLADA_TEST_ORIGIN: optional(
    z.url({
      protocol: /^http$/,
      hostname: /^(127\.0\.0\.1|\[::1\]|localhost)$/,
      error: "KOLADA_TEST_ORIGIN ska vara en loopback-adress, t.ex. http://127.0.0.1:4000",
    }),
  ),
  /** Log every SQL query Prisma sends (for debugging and query counting). */
  LOG_QUERIES: flag,
  /** Set by `npm start` and the test server when they run the embedded PostgreSQL; demo accounts work only then. */
  EMBEDDED_DATABASE: flag,
  /** Signs session cookies; at least 32 characters. `npm start` generates one for the embedded database. */
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET ska vara minst 32 tecken")),
  /** The portal's public address as next-auth sees it (sign-in redirects). Defaults to SITE_URL. */
  NEXTAUTH_URL: optional(z.url()),
  /** OpenID Connect sign-in (e.g. Microsoft Entra ID) is on when issuer, client id and secret are set. */
  OIDC_ISSUER: optional(z.url({ error: "OIDC_ISSUER ska vara en adress, t.ex. https://login.microsoftonline.com/<tenant>/v2.0" })),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  /** The name on the sign-in button. */
  OIDC_NAME: z.preprocess(emptyAsUndefined, z.string().default("Microsoft Entra ID")),
  /** A session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
  ),
  /** …and at the latest this many hours after sign-in. */
  SESSION_MAX_HOURS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(10),
  ),
  /** Redis shared by every app instance: Next.js's page and data cache and tag expiry (docs/decisions/071). Unset: each process keeps its own. */
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: "REDIS_URL ska vara en redis://-adress" })),
  /** The caching fronts (Varnish) to purge when tags expire, comma-separated, e.g. http://127.0.0.1:6081 (docs/decisions/070). */
  CACHE_PURGE_URLS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(",")
              .map((u) => u.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "CACHE_PURGE_URLS ska vara http://-adresser, åtskilda med komma" }))),
  ),
  /** The SMTP server invitations and password-reset links are sent through; unset: the link is printed on the console (docs/decisions/101). */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "SMTP_URL ska vara en smtp://- eller smtps://-adress, t.ex. smtp://user:pass@smtp.kommun.se:587" })),
  /** The sender of those e-mails. */
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).max(254).default("Strategiportalen <noreply@strategiportalen.invalid>")),
  /** Reverse proxies whose X-Forwarded-For entries are believed; unset: only the connecting peer's address is. */
  TRUSTED_PROXIES: addressList,
  /**
   * Who must sign in with a second factor (TOTP) when signing in with a password: administrators,
   * also editors, or (test servers only) nobody. OpenID Connect sign-ins rely on the provider's.
   */
  TOTP_REQUIRED_FOR: z
    .preprocess(
      emptyAsUndefined,
      z.enum(["admin", "admin,editor", "none"], { error: "TOTP_REQUIRED_FOR ska vara admin, admin,editor eller none" }).default("admin"),
    )
    .transform((value) => (value === "none" ? [] : value === "admin" ? (["ADMIN"] as const) : (["ADMIN", "EDITOR"] as const))),
});

function parseEnv() {
  const result = envSchema
    .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
      path: ["OIDC_CLIENT_ID"],
      message: "OIDC_ISSUER kräver även OIDC_CLIENT_ID och OIDC_CLIENT_SECRET",
    })
    .refine((e) => !e.KOLADA_TEST_ORIGIN || e.NODE_ENV !== "production", {
      path: ["KOLADA_TEST_ORIGIN"],
      message: "KOLADA_TEST_ORIGIN är bara till för tester och får inte sättas i produktion",
    })
    .safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ogiltig miljövariabel:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv();
