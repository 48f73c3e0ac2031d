import { sv } from "@/lib/i18n/sv";
import { LINK_LIFETIMES } from "@/lib/auth/email-tokens";
import type { Mail } from "./send";

const m = sv.mail;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Paragraphs as plain text and as simple HTML; a link is its own paragraph, written out in both. */
type Part = string | { link: string };
function compose(to: string, subject: string, parts: Part[]): Mail {
  const all: Part[] = [...parts, `${m.signature}\n${m.automatic}`];
  const text = all.map((p) => (typeof p === "string" ? p : p.link)).join("\n\n");
  const html = all
    .map((p) => (typeof p === "string" ? `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>` : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a></p>`))
    .join("\n");
  return { to, subject, text, html: `<!doctype html><html lang="sv"><body>\n${html}\n</body></html>` };
}

export type InvitationMail = { to: string; inviter: string; municipality: string; role: string; link: string; newAccount: boolean };

/** A new account gets a link to choose a password; an existing one is told to sign in and accept. */
export const invitationMail = (i: InvitationMail): Mail =>
  compose(i.to, m.invitationSubject(i.municipality), [
    m.invitationGreeting,
    m.invitationBody(i.inviter, i.municipality, i.role),
    i.newAccount ? m.invitationAction : m.existingAccountAction,
    { link: i.link },
    ...(i.newAccount ? [m.invitationExpires(LINK_LIFETIMES.invitation / 86_400_000)] : []),
  ]);

export const resetMail = (to: string, link: string): Mail =>
  compose(to, m.resetSubject, [m.invitationGreeting, m.resetBody, m.resetAction, { link }, m.resetExpires(LINK_LIFETIMES.reset / 60_000), m.resetIgnore]);
