import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { resolveSession, startSession } from "@/lib/auth/user-sessions";
import { emailLinkPurpose, redeemEmailLink, requestPasswordReset } from "@/lib/users/email-links";
import { hashToken, LINK_LIFETIMES } from "@/lib/auth/email-tokens";
import { addUser } from "@/lib/users/commands/add-user";
import { removeGrant } from "@/lib/users/commands/remove-grant";
import { answerInvitation } from "@/lib/users/commands/answer-invitation";
import { createPlan } from "../../factories/plan";
import { createUser, sessionUser, TEST_PASSWORD, userWithRole } from "../../factories/users";
import { unique } from "../../factories/unique";
import { linkIn, type CapturedMail } from "../../support/smtp-capture";
import { said } from "../../support/messages";

// A real SMTP server on a loopback port; it must be known before lib/env reads SMTP_URL.
const smtp = await vi.hoisted(async () => (await import("../../support/smtp-capture")).startSmtpCaptureForApp());
afterAll(() => smtp.close());

const NEW_PASSWORD = "ett-eget-valt-lösenord";
const tokenOf = (mail: CapturedMail) => linkIn(mail).split("/").at(-1)!;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${said(e.userMessage)}` : String(e)),
  );
const LINK_INVALID = "INVALID: Länken gäller inte längre: den har redan använts, har gått ut eller är felskriven. Be om en ny länk.";
const later = (ms: number) => new Date(Date.now() + ms);
const choose = (token: string, now?: Date) => redeemEmailLink({ token, password: NEW_PASSWORD, repeat: NEW_PASSWORD }, now);
const signIn = (email: string, password: string) => signInWithPassword({ email, password, address: null });

/** An administrator invites a new address; the message it gets. */
async function invited() {
  const plan = await createPlan();
  const admin = await userWithRole(plan.municipality.id, "ADMIN");
  const email = `${unique("inbjuden")}@example.se`;
  const id = await addUser(admin, { email, name: "Ida Inbjuden", municipalityId: plan.municipality.id, role: "EDITOR" });
  return { plan, admin, email, id, mail: await smtp.waitFor(email) };
}

describe("an invitation by e-mail to a new address", () => {
  it("carries a link where the person chooses a password, which gives the role and lets them sign in", async () => {
    const { plan, admin, email, id, mail } = await invited();
    expect(mail.subject).toBe(`Inbjudan till Strategiportalen – ${plan.municipality.name}`);
    expect(mail.text).toContain(`${admin.name} har bjudit in dig`);
    expect(mail.text).toContain("Länken gäller i 7 dagar");
    expect(mail.html).toContain(`<a href="${linkIn(mail)}">`);
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
    expect(can(await sessionUser(id), "view", { municipalityId: plan.municipality.id }), "no role before the link is used").toBe(false);

    const token = tokenOf(mail);
    const stored = await db.emailToken.findFirstOrThrow({ where: { userId: id } });
    expect(stored.tokenHash, "only the token's SHA-256 is stored").toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await emailLinkPurpose(token)).toBe("invitation");

    await choose(token);
    expect(can(await sessionUser(id), "edit", { municipalityId: plan.municipality.id })).toBe(true);
    expect(await signIn(email, NEW_PASSWORD)).toMatchObject({ id });
    const actions = await db.auditEvent.findMany({ where: { entityType: "user", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create-user", "set-password-by-link", "accept-invitation"]);
  });

  it("refuses a used link, an expired link and a wrong token alike, and changes nothing", async () => {
    const { id, mail } = await invited();
    const token = tokenOf(mail);
    expect(await outcome(choose(token, later(LINK_LIFETIMES.invitation + 60_000))), "expired").toBe(LINK_INVALID);
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
    expect(await outcome(choose("x".repeat(43))), "wrong token").toBe(LINK_INVALID);
    expect(await outcome(choose(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)), "one character off").toBe(LINK_INVALID);
    expect(await outcome(choose(token)), "within 7 days").toBe("ok");
    expect(await outcome(choose(token)), "used").toBe(LINK_INVALID);
    expect(await emailLinkPurpose(token)).toBeNull();
  });

  it("works once even when used twice at the same moment", async () => {
    const { mail } = await invited();
    const results = await Promise.all([choose(tokenOf(mail)), choose(tokenOf(mail))].map(outcome));
    expect(results.sort()).toEqual([LINK_INVALID, "ok"]);
  });

  it("stops working when the invitation is withdrawn", async () => {
    const { plan, admin, id, mail } = await invited();
    await removeGrant(admin, { userId: id, municipalityId: plan.municipality.id });
    expect(await outcome(choose(tokenOf(mail)))).toBe(LINK_INVALID);
  });

  it("keeps an invitation accepted on /admin as it was when the link is used afterwards", async () => {
    const { plan, email, id, mail } = await invited();
    await requestPasswordReset({ email }, null);
    await choose(tokenOf(await smtp.waitFor(email, 2)));
    await answerInvitation(await sessionUser(id), { municipalityId: plan.municipality.id, answer: "accept" });
    const { acceptedAt } = await db.membership.findFirstOrThrow({ where: { userId: id } });
    await choose(tokenOf(mail));
    expect(await db.membership.findFirstOrThrow({ where: { userId: id } })).toMatchObject({ acceptedAt });
    expect(await db.auditEvent.count({ where: { action: "accept-invitation", entityId: id } })).toBe(1);
  });

  it("asks for the same password twice", async () => {
    const { mail } = await invited();
    expect(await outcome(redeemEmailLink({ token: tokenOf(mail), password: NEW_PASSWORD, repeat: "något-annat-lösenord" }))).toBe(
      "INVALID: Något i formuläret behöver rättas. Se markeringarna vid fälten.",
    );
  });

  it("tells an existing account to sign in and accept, with no link that sets a password", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const existing = await createUser();
    await addUser(admin, { email: existing.email, name: "X", municipalityId: plan.municipality.id, role: "REVIEWER" });
    const mail = await smtp.waitFor(existing.email);
    expect(linkIn(mail)).toMatch(/\/admin$/);
    expect(await db.emailToken.count({ where: { userId: existing.id } })).toBe(0);
  });
});

describe("a password reset by e-mail", () => {
  it("answers the same for an unknown address and sends nothing", async () => {
    const known = await createUser();
    const unknown = `${unique("okand")}@example.se`;
    expect(await outcome(requestPasswordReset({ email: known.email }, "192.0.2.10"))).toBe("ok");
    expect(await outcome(requestPasswordReset({ email: unknown }, "192.0.2.10"))).toBe("ok");
    expect((await smtp.waitFor(known.email)).subject).toBe("Nytt lösenord till Strategiportalen");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => m.to.includes(unknown))).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "request-password-reset", actor: { in: [known.email, unknown] } } })).toBe(2);
  });

  it("sets a new password through the link and ends every session of the account", async () => {
    const user = await createUser();
    const sessionId = await startSession(user.id);
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await requestPasswordReset({ email: user.email }, null);
    const mail = await smtp.waitFor(user.email);
    expect(mail.text).toContain("Länken gäller i 60 minuter");
    expect(await emailLinkPurpose(tokenOf(mail))).toBe("reset");
    await choose(tokenOf(mail));
    expect(await resolveSession(sessionId, sessionVersion), "the old session ended").toBeNull();
    expect(await signIn(user.email, TEST_PASSWORD)).toBe("invalid");
    expect(await signIn(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("expires after an hour, and an older link stops working when a newer one is used", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, null);
    const first = tokenOf(await smtp.waitFor(user.email));
    expect(await outcome(choose(first, later(LINK_LIFETIMES.reset + 1_000)))).toBe(LINK_INVALID);
    await requestPasswordReset({ email: user.email }, null);
    const second = tokenOf(await smtp.waitFor(user.email, 2));
    expect(second).not.toBe(first);
    await choose(second);
    expect(await outcome(choose(first))).toBe(LINK_INVALID);
  });

  it("sends nothing to a disabled account, with the same answer", async () => {
    const user = await createUser({ municipalityId: (await createPlan()).municipality.id, role: "EDITOR" }, { disabled: true });
    expect(await outcome(requestPasswordReset({ email: user.email }, null))).toBe("ok");
    expect(await db.emailToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is rate-limited per account and per address, unknown accounts like known ones", async () => {
    const now = new Date();
    const known = await createUser();
    const unknown = `${unique("okand")}@example.se`;
    for (const email of [known.email, unknown]) {
      for (let i = 0; i < 3; i++) expect(await outcome(requestPasswordReset({ email }, null, now))).toBe("ok");
      expect(await outcome(requestPasswordReset({ email }, null, now))).toBe(
        "RATE_LIMITED: För många förfrågningar. Vänta en stund, högst en kvart, och försök igen.",
      );
    }
    expect(await db.emailToken.count({ where: { userId: known.id } }), "three mails at most").toBe(3);
    expect(await outcome(requestPasswordReset({ email: known.email }, null, new Date(now.getTime() + 15 * 60_000)))).toBe("ok");
    await smtp.waitFor(known.email, 4);

    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await outcome(requestPasswordReset({ email: `${unique("n")}@example.se` }, address, now)));
    expect(answers.filter((a) => a === "ok")).toHaveLength(10);
    expect(answers[10]).toMatch(/^RATE_LIMITED/);
  });

  it("counts apart from sign-in attempts", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: user.email }, null, now);
    await smtp.waitFor(user.email, 3);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: null, now })).toMatchObject({ id: user.id });
  });
});
