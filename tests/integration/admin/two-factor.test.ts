import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { signInWithOidc, signInWithPassword } from "@/lib/auth/sign-in";
import { resolveSession } from "@/lib/auth/user-sessions";
import { pendingTotpSecret } from "@/lib/auth/two-factor";
import { confirmTotp } from "@/lib/users/commands/confirm-totp";
import { createPlan } from "../../factories/plan";
import { createUser, sessionUser, TEST_PASSWORD } from "../../factories/users";
import { unique } from "../../factories/unique";

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const totp = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const seconds = (start: Date, n: number) => new Date(start.getTime() + n * 1000);

/** A new administrator without two-factor sign-in, and their municipality. */
async function administrator() {
  const plan = await createPlan();
  const user = await createUser();
  await db.membership.create({ data: { userId: user.id, municipalityId: plan.municipality.id, role: "ADMIN" } });
  return { plan, user };
}

async function enrolled() {
  const { plan, user } = await administrator();
  const start = new Date();
  const secret = (await pendingTotpSecret(user.id))!;
  const recoveryCodes = await confirmTotp(await sessionUser(user.id), { code: await totp(secret, start) }, start);
  return { plan, user, secret, recoveryCodes, start };
}

describe("two-factor sign-in", () => {
  it("is required of an administrator signing in with a password: until enrolled, nothing is permitted", async () => {
    const { plan, user } = await administrator();
    const session = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: null });
    if (typeof session === "string") throw new Error(session);
    const signedIn = await resolveSession(session.sid, session.sessionVersion);
    expect(signedIn?.mustEnrolTotp).toBe(true);
    expect(can(signedIn, "view", { municipalityId: plan.municipality.id })).toBe(false);

    // Not of an editor (unless TOTP_REQUIRED_FOR says so), nor of anyone signing in through OpenID Connect.
    const editor = await createUser({ municipalityId: plan.municipality.id, role: "EDITOR" });
    expect((await sessionUser(editor.id)).mustEnrolTotp).toBe(false);
    const oidc = await signInWithOidc({ subject: `https://login.example|${unique("sub")}`, email: user.email, address: null });
    if (typeof oidc === "string") throw new Error(oidc);
    expect(can(await resolveSession(oidc.sid, oidc.sessionVersion), "administer", { municipalityId: plan.municipality.id })).toBe(true);
  });

  it("is turned on with a code from the app, and gives ten recovery codes stored only as hashes", async () => {
    const { plan, user } = await administrator();
    const secret = (await pendingTotpSecret(user.id))!;
    expect(await pendingTotpSecret(user.id), "the same QR code on every visit until confirmed").toBe(secret);
    const me = await sessionUser(user.id);
    const now = new Date();
    expect(await code(confirmTotp(me, { code: "000000" }, now))).toBe("INVALID");
    const codes = await confirmTotp(me, { code: await totp(secret, now) }, now);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(codes).not.toContain(row.codeHash);
    expect(await pendingTotpSecret(user.id)).toBeNull();
    expect(can(await sessionUser(user.id), "administer", { municipalityId: plan.municipality.id })).toBe(true);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: "enable-totp" } })).toBe(1);
  });

  it("asks for the code after the right password, accepts each code once, and each recovery code once", async () => {
    const { user, secret, recoveryCodes, start } = await enrolled();
    const attempt = (extra: { code?: string }, at: number) =>
      signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: null, now: seconds(start, at), ...extra });

    expect(await signInWithPassword({ email: user.email, password: "fel lösenord", code: await totp(secret, seconds(start, 30)), address: null })).toBe(
      "invalid",
    );
    expect(await attempt({}, 30)).toBe("totp-required");
    expect(await attempt({ code: "123456" }, 30)).toBe("totp-invalid");
    const next = await totp(secret, seconds(start, 30));
    expect(await attempt({ code: next }, 30)).toMatchObject({ id: user.id });
    expect(await attempt({ code: next }, 31), "the same code twice").toBe("totp-invalid");
    expect(await attempt({ code: await totp(secret, start) }, 31), "an older code").toBe("totp-invalid");

    expect(await attempt({ code: recoveryCodes[3]!.toUpperCase() }, 40)).toMatchObject({ id: user.id });
    expect(await attempt({ code: recoveryCodes[3]! }, 41)).toBe("totp-invalid");
    const methods = await db.auditEvent.findMany({ where: { userId: user.id, action: "sign-in" }, orderBy: { id: "asc" }, select: { after: true } });
    expect(methods.map((m) => (m.after as { method: string }).method)).toEqual(["password+totp", "password+recovery-code"]);
    const reasons = await db.auditEvent.findMany({ where: { userId: user.id, action: "sign-in-failed" }, select: { after: true } });
    expect(reasons.map((r) => (r.after as { reason: string }).reason)).toEqual(expect.arrayContaining(["code-required", "wrong-code"]));
  });

  it("signs in once with one code, even when it is sent twice at the same moment", async () => {
    const { user, secret, start } = await enrolled();
    const next = await totp(secret, seconds(start, 30));
    const results = await Promise.all(
      [0, 1, 2].map(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD, code: next, address: null, now: seconds(start, 30) })),
    );
    expect(results.filter((r) => typeof r !== "string")).toHaveLength(1);
  });

  it("counts wrong codes in the account's rate limit, like wrong passwords", async () => {
    const { user, secret, start } = await enrolled();
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, code: "000000", address: null, now: seconds(start, 1) })).toBe(
        "totp-invalid",
      );
    }
    expect(
      await signInWithPassword({
        email: user.email,
        password: TEST_PASSWORD,
        code: await totp(secret, seconds(start, 30)),
        address: null,
        now: seconds(start, 30),
      }),
    ).toBe("locked");
  });
});
