import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string; html: string };

let transport: Transporter | undefined;

/**
 * Sends through the SMTP server in SMTP_URL. Without one (the embedded default) the message is printed
 * on the server's console instead, as `npm start` prints the demo password: the person running it can
 * follow the link themselves (docs/decisions/101).
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    console.log(`[e-post] Till: ${mail.to}\n[e-post] Ämne: ${mail.subject}\n${mail.text}`);
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
}

/**
 * For writes that have already committed: a failed delivery is logged for the operator, never shown
 * as a failed save (the invitation exists and can be sent again by withdrawing and inviting anew).
 */
export async function sendMailOrLog(mail: Mail): Promise<void> {
  await sendMail(mail).catch((error: unknown) => console.error(`[e-post] kunde inte skicka till ${mail.to}:`, error));
}
