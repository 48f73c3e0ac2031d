import { LINK_LIFETIMES } from "@/lib/auth/email-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { Mail } from "./send";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Paragraphs as plain text and as simple HTML in the mail's language; a link is its own paragraph,
 * written out in both. The recipient's language is not stored, so a mail is written in the language of
 * the request that sends it (the inviter's, the one asking for a reset), and its links lead there.
 */
type Part = string | { link: string };
function compose(locale: Locale, to: string, subject: string, parts: Part[]): Mail {
  const t = translator(locale);
  const all: Part[] = [...parts, `${t("mail.signature")}\n${t("mail.automatic")}`];
  const text = all.map((p) => (typeof p === "string" ? p : p.link)).join("\n\n");
  const html = all
    .map((p) => (typeof p === "string" ? `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>` : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a></p>`))
    .join("\n");
  return { to, subject, text, html: `<!doctype html><html lang="${locale}"><body>\n${html}\n</body></html>` };
}

export type InvitationMail = {
  to: string;
  inviter: string;
  municipality: string;
  role: Role;
  link: string;
  newAccount: boolean;
};

/** A new account gets a link to choose a password; an existing one is told to sign in and accept. */
export function invitationMail(locale: Locale, i: InvitationMail): Mail {
  const t = translator(locale);
  // The role in a sentence, in the language's own case ("som redaktör").
  const role = t(`admin.roles.${i.role}`).toLocaleLowerCase(locale);
  return compose(locale, i.to, t("mail.invitationSubject", { municipality: i.municipality }), [
    t("mail.invitationGreeting"),
    t("mail.invitationBody", { inviter: i.inviter, municipality: i.municipality, role }),
    i.newAccount ? t("mail.invitationAction") : t("mail.existingAccountAction"),
    { link: i.link },
    ...(i.newAccount ? [t("mail.invitationExpires", { days: LINK_LIFETIMES.invitation / 86_400_000 })] : []),
  ]);
}

export function resetMail(locale: Locale, to: string, link: string): Mail {
  const t = translator(locale);
  return compose(locale, to, t("mail.resetSubject"), [
    t("mail.invitationGreeting"),
    t("mail.resetBody"),
    t("mail.resetAction"),
    { link },
    t("mail.resetExpires", { minutes: LINK_LIFETIMES.reset / 60_000 }),
    t("mail.resetIgnore"),
  ]);
}
