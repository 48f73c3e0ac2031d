// Users of a real deployment: `npm run user:create | user:password | user:disable | user:enable -- --email …`.
// The password is asked for (hidden) on a terminal, or read from the first line of standard input.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/bootstrap";
import { AppError } from "@/lib/errors";
import { translateMessage } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");
const usage = [
  t("cli.user.usage"),
  '  npm run user:create -- --email namn@kommun.se --name "…" --municipality <slug> --role admin|editor|reviewer [--areas 12,13] [--no-password]',
  '  npm run user:create -- --platform --email namn@example.se --name "…" [--no-password]',
  "  npm run user:password -- --email namn@kommun.se",
  "  npm run user:disable -- --email namn@kommun.se",
  "  npm run user:enable -- --email namn@kommun.se",
].join("\n");

const [command, ...rest] = process.argv.slice(2);
const { values: args } = parseArgs({
  args: rest,
  options: {
    email: { type: "string" },
    name: { type: "string" },
    municipality: { type: "string" },
    role: { type: "string" },
    areas: { type: "string" },
    "no-password": { type: "boolean", default: false },
    platform: { type: "boolean", default: false },
  },
});

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write(`${t("cli.user.passwordPrompt")} `);
    // Hide what is typed: write nothing back.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once("line", resolve).once("close", () => resolve("")));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line;
}

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  const { db } = await import("@/lib/db/client");
  const operator = await import("@/lib/users/operator");
  switch (command) {
    case "create": {
      if (args.platform) {
        const password = args["no-password"] ? undefined : await askPassword();
        const { created } = await operator.createOperator({ email: args.email, name: args.name, password });
        console.log(t(created ? "cli.user.operatorCreated" : "cli.user.operatorAlso", { email: args.email ?? "" }));
        break;
      }
      const { provisionUser } = await import("@/lib/users/provision");
      const { addUserSchema } = await import("@/lib/users/schema");
      const { parseInput } = await import("@/lib/errors");
      const municipality = await db.municipality.findUnique({ where: { slug: args.municipality ?? "" }, select: { id: true, name: true } });
      if (!municipality) throw new Error(t("cli.user.unknownMunicipality", { slug: args.municipality ?? "" }));
      const input = parseInput(addUserSchema, {
        email: args.email,
        name: args.name,
        municipalityId: municipality.id,
        role: args.role?.toUpperCase(),
        areaIds: args.areas ? args.areas.split(",").map(Number) : [],
        password: args["no-password"] ? undefined : await askPassword(),
      });
      // The operator may give an existing account a role directly (the browser only invites).
      await provisionUser({ userId: null, email: "kommandorad" }, input, { existingAccount: "grant" });
      console.log(t("cli.user.granted", { email: input.email, role: t(`admin.roles.${input.role}`).toLocaleLowerCase("sv"), municipality: municipality.name }));
      break;
    }
    case "password":
      await operator.resetPassword({ email: args.email, password: await askPassword() });
      console.log(t("cli.user.passwordChanged"));
      break;
    case "disable":
    case "enable":
      await operator.setDisabled({ email: args.email, disabled: command === "disable" });
      console.log(t(command === "disable" ? "cli.user.disabled" : "cli.user.enabled"));
      break;
    default:
      console.error(usage);
      exitCode = 2;
  }
  await db.$disconnect();
} catch (error) {
  const fields =
    error instanceof AppError
      ? Object.entries(error.details.fieldErrors ?? {}).map(([f, m]) => `  ${f}: ${m.map((one) => translateMessage(t, one)).join(" ")}`)
      : [];
  console.error([error instanceof AppError ? translateMessage(t, error.userMessage) : (error as Error).message, ...fields].join("\n"));
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
