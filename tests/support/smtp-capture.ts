import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = { to: string[]; subject: string; text: string; html: string; raw: string };

export type SmtpCapture = {
  url: string;
  messages: CapturedMail[];
  /** The newest message to this address once `count` have arrived, within 5 s (polls: the app may send after answering). */
  waitFor: (to: string, count?: number) => Promise<CapturedMail>;
  close: () => Promise<void>;
};

const addresses = (field: ParsedMail["to"]) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));

export async function parseMail(raw: string): Promise<CapturedMail> {
  const parsed = await simpleParser(raw);
  return { to: addresses(parsed.to), subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : "", raw };
}

/** The first link to the portal's e-mail-link page in a message. */
export const linkIn = (mail: CapturedMail) => {
  const link = /https?:\/\/\S+\/(?:konto\/[A-Za-z0-9_-]{43}|admin)\b/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no link in:\n${mail.text}`);
  return link;
};

/**
 * A real SMTP server on a free loopback port that keeps every message it receives (and, given `dir`,
 * writes each to a file there, for another process to read). No authentication, no TLS: loopback only.
 */
export async function startSmtpCapture(options: { dir?: string } = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  if (options.dir) await mkdir(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        void parseMail(raw).then(async (mail) => {
          messages.push(mail);
          if (options.dir) await writeFile(path.join(options.dir, `${Date.now()}-${messages.length}.eml`), raw);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  const waitFor = async (to: string, count = 1) => {
    const until = Date.now() + 5_000;
    for (;;) {
      const found = messages.filter((m) => m.to.includes(to.toLowerCase()));
      if (found.length >= count) return found.at(-1)!;
      if (Date.now() > until) throw new Error(`${found.length} of ${count} messages to ${to} within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { url: `smtp://127.0.0.1:${port}`, messages, waitFor, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** For integration tests: the server, named in SMTP_URL before lib/env reads it (call from `vi.hoisted`). */
export async function startSmtpCaptureForApp(): Promise<SmtpCapture> {
  const capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
  return capture;
}
