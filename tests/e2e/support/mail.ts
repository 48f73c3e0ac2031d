import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readFileSync } from "node:fs";
import { linkIn, parseMail, type CapturedMail } from "../../support/smtp-capture";
import { e2eDatabaseFile } from "./accounts";

const port = process.env.E2E_PORT || 3210;

/**
 * The messages the test server sent: scripts/e2e-server.ts runs a real SMTP server
 * (tests/support/smtp-capture.ts) as the app's SMTP_URL and writes every message to a folder, named
 * in the file the server shares with the tests.
 */
async function messagesTo(email: string): Promise<CapturedMail[]> {
  const { mailDir } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { mailDir: string };
  const files = (await readdir(mailDir)).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
  const mails = await Promise.all(files.map(async (f) => parseMail(await readFile(path.join(mailDir, f), "utf8"))));
  return mails.filter((m) => m.to.includes(email.toLowerCase()));
}

/** The link in the newest message to `email`, waiting up to 15 s for it to arrive. */
export async function linkFromMailTo(email: string): Promise<{ link: string; mail: CapturedMail }> {
  const until = Date.now() + 15_000;
  for (;;) {
    const mail = (await messagesTo(email)).at(-1);
    if (mail) return { link: linkIn(mail), mail };
    if (Date.now() > until) throw new Error(`no e-mail to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
