import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithOidc, signInWithPassword } from "@/lib/auth/sign-in";
import { endSession, resolveSession } from "@/lib/auth/user-sessions";
import { changeGrant } from "@/lib/users/commands/change-grant";
import { createPlan } from "../../factories/plan";
import { createUser, TEST_PASSWORD, userWithRole } from "../../factories/users";
import { unique } from "../../factories/unique";
import { ownerUrl } from "../../support/database";
import { withClient } from "../../support/pg-client";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("signing in with e-mail and password", () => {
  it("starts a session for the right password, whatever the case of the address, and audits it", async () => {
    const user = await createUser();
    const result = await signInWithPassword({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD, address: address() });
    expect(result).toMatchObject({ id: user.id, email: user.email });
    if (typeof result === "string") throw new Error(result);
    expect(await resolveSession(result.sid, result.sessionVersion)).toMatchObject({ id: user.id });
    expect(await db.auditEvent.findFirst({ where: { userId: user.id, action: "sign-in" } })).not.toBeNull();
  });

  it("answers a wrong password and an unknown account the same way, and audits both", async () => {
    const user = await createUser();
    const unknown = `${unique("ingen")}@example.se`;
    expect(await signInWithPassword({ email: user.email, password: "fel lösenord här", address: address() })).toBe("invalid");
    expect(await signInWithPassword({ email: unknown, password: "fel lösenord här", address: address() })).toBe("invalid");
    const failures = await db.auditEvent.findMany({ where: { actor: { in: [user.email, unknown] }, action: "sign-in-failed" } });
    expect(failures).toHaveLength(2);
  });

  it("locks an account after five failures, also for the right password, and an unknown account alike", async () => {
    const user = await createUser();
    const unknown = `${unique("ingen")}@example.se`;
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < 5; i++) expect(await signInWithPassword({ email, password: "fel", address: address() })).toBe("invalid");
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toBe("locked");
    expect(await signInWithPassword({ email: unknown, password: TEST_PASSWORD, address: address() })).toBe("locked");
  });

  it("locks an address after twenty failures across accounts", async () => {
    const from = address();
    for (let i = 0; i < 20; i++) await signInWithPassword({ email: `${unique("gissning")}@example.se`, password: "fel", address: from });
    const user = await createUser();
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: from })).toBe("locked");
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toMatchObject({ id: user.id });
  });

  it("refuses disabled accounts, and demo accounts when not on the embedded database", async () => {
    const disabled = await createUser(undefined, { disabled: true });
    const demo = await createUser(undefined, { isDemo: true });
    expect(await signInWithPassword({ email: disabled.email, password: TEST_PASSWORD, address: address() })).toBe("invalid");
    expect(await signInWithPassword({ email: demo.email, password: TEST_PASSWORD, address: address() })).toBe("invalid");
  });
});

describe("sessions", () => {
  async function signedIn() {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const user = await createUser({ municipalityId: plan.municipality.id, role: "EDITOR" });
    const session = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    if (typeof session === "string") throw new Error(session);
    return { plan, admin, user, session };
  }

  it("signing out ends that session and no other", async () => {
    const mine = await signedIn();
    const other = await signedIn();
    await endSession(mine.session.sid);
    expect(await resolveSession(mine.session.sid, mine.session.sessionVersion)).toBeNull();
    expect(await resolveSession(other.session.sid, other.session.sessionVersion)).toMatchObject({ id: other.user.id });
  });

  it("end at the next request when the user's role changes", async () => {
    const { plan, admin, user, session } = await signedIn();
    await changeGrant(admin, { userId: user.id, municipalityId: plan.municipality.id, role: "REVIEWER" });
    expect(await resolveSession(session.sid, session.sessionVersion)).toBeNull();
  });

  it("end at the next request when the user is disabled", async () => {
    const { user, session } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await resolveSession(session.sid, session.sessionVersion)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: false } });
    expect(await resolveSession(session.sid, session.sessionVersion), "an ended session stays ended").toBeNull();
  });

  it("end after 30 minutes without a request and 10 hours after sign-in", async () => {
    const { session } = await signedIn();
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    expect(await resolveSession(session.sid, session.sessionVersion, minutes(29))).not.toBeNull();
    expect(await resolveSession(session.sid, session.sessionVersion, minutes(29 + 29))).not.toBeNull();
    expect(await resolveSession(session.sid, session.sessionVersion, minutes(29 + 29 + 31))).toBeNull();

    const { session: long } = await signedIn();
    await db.userSession.update({ where: { id: long.sid }, data: { createdAt: minutes(-10 * 60 - 1) } });
    expect(await resolveSession(long.sid, long.sessionVersion)).toBeNull();
  });
});

describe("the audit log", () => {
  it("cannot be changed or deleted, not even by the application's own database user", async () => {
    const user = await createUser();
    await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    const event = await db.auditEvent.findFirstOrThrow({ where: { userId: user.id } });
    // Refused twice over: the role lacks the privilege (docs/decisions/060), and the trigger refuses even the owner.
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actor: "någon annan" } })).rejects.toThrow(/permission denied/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(withClient(ownerUrl(), (c) => c.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/cannot be changed or deleted/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ actor: user.email });
  });
});

describe("signing in with OpenID Connect", () => {
  it("admits only people an administrator added: linked by verified e-mail the first time, by subject after that", async () => {
    const user = await createUser();
    const subject = `https://login.example|${unique("sub")}`;
    expect(await signInWithOidc({ subject, email: user.email.toUpperCase(), address: null })).toMatchObject({ id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcSubject: subject });
    // Later sign-ins find the account by its subject, whatever address the provider sends.
    expect(await signInWithOidc({ subject, email: null, address: null })).toMatchObject({ id: user.id });

    expect(await signInWithOidc({ subject: `https://login.example|${unique("sub")}`, email: `${unique("okand")}@example.se`, address: null })).toBe("invalid");
    // An account already linked to another subject is not taken over through its e-mail address.
    expect(await signInWithOidc({ subject: `https://login.example|${unique("sub")}`, email: user.email, address: null })).toBe("invalid");
    expect(await db.auditEvent.count({ where: { actor: user.email, action: "sign-in-failed" } })).toBe(1);
  });

  it("refuses disabled and demo accounts", async () => {
    for (const extra of [{ disabled: true }, { isDemo: true }]) {
      const user = await createUser(undefined, extra);
      expect(await signInWithOidc({ subject: `https://login.example|${unique("sub")}`, email: user.email, address: null })).toBe("invalid");
    }
  });
});
