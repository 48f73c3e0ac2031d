import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { resolveSession } from "@/lib/auth/user-sessions";
import { addUser } from "@/lib/users/commands/add-user";
import { changeGrant } from "@/lib/users/commands/change-grant";
import { setPassword } from "@/lib/users/commands/set-password";
import { listMembers } from "@/lib/users/queries";
import { provisionUser } from "@/lib/users/provision";
import { answerInvitation } from "@/lib/users/commands/answer-invitation";
import { redeemEmailLink } from "@/lib/users/email-links";
import { pendingInvitations } from "@/lib/users/queries";
import type { SessionUser } from "@/lib/auth/types";

const invitations = {
  pendingInvitations,
  acceptInvitation: (user: SessionUser, input: { municipalityId: number }) => answerInvitation(user, { ...input, answer: "accept" }),
  declineInvitation: (user: SessionUser, input: { municipalityId: number }) => answerInvitation(user, { ...input, answer: "decline" }),
};
import { getPeriodOverview } from "@/lib/followup/admin-queries";
import { createPlan } from "../../factories/plan";
import { createPeriodRow } from "../../factories/followup";
import { createUser, sessionUser, userWithRole } from "../../factories/users";
import { unique } from "../../factories/unique";
import { linkIn } from "../../support/smtp-capture";

// A real SMTP server on a loopback port receives the invitations; it must be known before lib/env reads SMTP_URL.
const smtp = await vi.hoisted(async () => (await import("../../support/smtp-capture")).startSmtpCaptureForApp());
afterAll(() => smtp.close());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const P = "lösenord-som-kommun-a-valde";
const Q = "lösenord-som-kommun-b-valde";

async function signIn(email: string, password: string) {
  const result = await signInWithPassword({ email, password, address: null });
  if (typeof result === "string") return result;
  return { ...result, user: await resolveSession(result.sid, result.sessionVersion) };
}

/** Municipality A's administrator invites a new address; the person chooses password P through the e-mail's link and signs in. Then B's administrator adds the same address. */
async function addedByTwoMunicipalities() {
  const [a, b] = [await createPlan(), await createPlan()];
  const [adminA, adminB] = [await userWithRole(a.municipality.id, "ADMIN"), await userWithRole(b.municipality.id, "ADMIN")];
  const email = `${unique("delad")}@example.se`;
  const id = await addUser(adminA, { email, name: "Anna Andersson", municipalityId: a.municipality.id, role: "EDITOR" });
  const token = linkIn(await smtp.waitFor(email))
    .split("/")
    .at(-1)!;
  await redeemEmailLink({ token, password: P, repeat: P });
  const session = await signIn(email, P);
  if (typeof session === "string") throw new Error(session);
  await addUser(adminB, { email, name: "Falskt Namn", municipalityId: b.municipality.id, role: "ADMIN", password: Q });
  return { a, b, adminA, adminB, email, id, session };
}

describe("adding a person another municipality already added", () => {
  it("gives B's administrator no control of the account and A's administrator (who knows P) no access to B", async () => {
    const { a, b, email, id, session } = await addedByTwoMunicipalities();

    expect(await signIn(email, Q), "B's password was not set").toBe("invalid");
    const withP = await signIn(email, P);
    if (typeof withP === "string") throw new Error(withP);
    expect(can(withP.user, "view", { municipalityId: b.municipality.id }), "no role in B before accepting").toBe(false);
    expect(can(withP.user, "edit", { municipalityId: a.municipality.id })).toBe(true);

    expect(await resolveSession(session.sid, session.sessionVersion), "the person's sessions survive").not.toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Anna Andersson" });

    const listed = JSON.stringify(await listMembers(b.municipality.id));
    expect(listed).toContain(email);
    expect(listed, "B's list shows no name from A").not.toContain("Anna Andersson");
    expect(listed).not.toContain("Falskt Namn");
    expect(await db.auditEvent.count({ where: { action: "invite-user", entityId: id, municipalityId: b.municipality.id } })).toBe(1);
  });

  it("gives the role only once the person accepts, and shows the name then", async () => {
    const { b, adminB, email, id } = await addedByTwoMunicipalities();
    const person = await sessionUser(id);
    expect(await invitations.pendingInvitations(person.id)).toEqual([
      expect.objectContaining({ municipalityId: b.municipality.id, municipalityName: b.municipality.name, role: "ADMIN" }),
    ]);
    // Someone else cannot accept it for them, nor B's administrator.
    expect(await code(invitations.acceptInvitation(adminB, { municipalityId: b.municipality.id }))).toBe("NOT_FOUND");

    await invitations.acceptInvitation(person, { municipalityId: b.municipality.id });
    const after = await sessionUser(id);
    expect(after.memberships.map((m) => [m.municipalityId, m.role])).toContainEqual([b.municipality.id, "ADMIN"]);
    // An administrator now, she must turn on two-factor sign-in before anything else.
    expect(after.mustEnrolTotp).toBe(true);
    expect(can(after, "edit", { municipalityId: b.municipality.id })).toBe(false);
    await db.user.update({ where: { id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    expect(can(await sessionUser(id), "administer", { municipalityId: b.municipality.id })).toBe(true);
    expect(await invitations.pendingInvitations(id)).toEqual([]);
    expect(JSON.stringify(await listMembers(b.municipality.id))).toContain("Anna Andersson");
    expect(await db.auditEvent.count({ where: { action: "accept-invitation", userId: id, municipalityId: b.municipality.id } })).toBe(1);
    expect(email).toBe(after.email);
  });

  it("leaves nothing in B when the person declines", async () => {
    const { b, id } = await addedByTwoMunicipalities();
    const person = await sessionUser(id);
    await invitations.declineInvitation(person, { municipalityId: b.municipality.id });
    expect(await db.membership.count({ where: { userId: id, municipalityId: b.municipality.id } })).toBe(0);
    expect(await code(invitations.acceptInvitation(person, { municipalityId: b.municipality.id }))).toBe("NOT_FOUND");
    expect(JSON.stringify(await listMembers(b.municipality.id))).not.toContain(String(person.email));
    expect(await db.auditEvent.count({ where: { action: "decline-invitation", userId: id, municipalityId: b.municipality.id } })).toBe(1);
  });

  it("lets B's administrator change or withdraw the invitation, but never set the password, and a pending one gives no role", async () => {
    const { b, adminB, id, session } = await addedByTwoMunicipalities();
    // A pending administrator does not count: B's only administrator still cannot step down.
    expect(await code(changeGrant(adminB, { userId: adminB.id, municipalityId: b.municipality.id, role: "EDITOR" }))).toBe("INVALID");
    await changeGrant(adminB, { userId: id, municipalityId: b.municipality.id, role: "REVIEWER" });
    expect(can(await sessionUser(id), "view", { municipalityId: b.municipality.id })).toBe(false);
    expect(await resolveSession(session.sid, session.sessionVersion), "changing an invitation ends no session").not.toBeNull();
    expect(await code(setPassword(adminB, { userId: id, municipalityId: b.municipality.id, password: Q }))).toBe("FORBIDDEN");
    // Nor when the account works nowhere else (yet): it is still not B's to control.
    const loner = await createUser();
    await addUser(adminB, { email: loner.email, name: "X", municipalityId: b.municipality.id, role: "EDITOR", password: Q });
    expect(await code(setPassword(adminB, { userId: loner.id, municipalityId: b.municipality.id, password: Q }))).toBe("FORBIDDEN");
  });

  it("names no one invited among those responsible for B's follow-up", async () => {
    const { b } = await addedByTwoMunicipalities();
    const period = await createPeriodRow(b.municipality.id);
    const overview = JSON.stringify(await getPeriodOverview(b.municipality.id, period.id));
    expect(overview).not.toContain("Anna Andersson");
  });

  it("lets the operator at the command line grant a role to an existing account directly", async () => {
    const { id, email } = await addedByTwoMunicipalities();
    const c = await createPlan();
    await provisionUser(
      { userId: null, email: "kommandorad" },
      { email, name: "Annat Namn", municipalityId: c.municipality.id, role: "REVIEWER", areaIds: [] },
      { existingAccount: "grant" },
    );
    expect(can(await sessionUser(id), "view", { municipalityId: c.municipality.id })).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Anna Andersson" });
  });
});
