import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { createMunicipality } from "@/lib/platform/commands/create-municipality";
import { inviteAdministrator } from "@/lib/platform/commands/invite-administrator";
import { makeOperator } from "@/lib/platform/commands/make-operator";
import { listMunicipalitiesForOperator } from "@/lib/platform/queries";
import { createOperator } from "@/lib/users/operator";
import { createPlan } from "../../factories/plan";
import { createUser, operatorUser, sessionUser, userWithRole } from "../../factories/users";
import { unique } from "../../factories/unique";
import { swedishFields } from "../../support/swedish";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? `${e.code} ${JSON.stringify(swedishFields(e.details.fieldErrors) ?? {})}` : String(e)),
  );
const slug = () => unique("kommun").replace(/[^a-z0-9-]/g, "");
const code = () => String(1000 + Math.floor(Math.random() * 8999));

describe("platform operators", () => {
  it("create a municipality with its first revision and audit entry in the new municipality's history", async () => {
    const operator = await operatorUser();
    const s = slug();
    const c = code();
    const id = await createMunicipality(operator, { name: "Testkommun", slug: s, code: c, contact: "kommun@testkommun.example" });
    expect(await db.municipality.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: s, code: c, name: "Testkommun", shortName: "Testkommun" });
    expect(await db.revision.findFirst({ where: { entityType: "municipality", entityId: id } })).toMatchObject({
      kind: "CREATE",
      userId: operator.id,
      version: 1,
    });
    expect(await db.auditEvent.findFirst({ where: { municipalityId: id } })).toMatchObject({ action: "create", actor: operator.email });
    expect(can(await sessionUser(operator.id), "view", { municipalityId: id }), "creating gives the operator no role there").toBe(false);

    expect(await failure(createMunicipality(operator, { name: "Igen", slug: s, code: code() }))).toMatch(/^INVALID .*slug/);
    expect(await failure(createMunicipality(operator, { name: "Igen", slug: slug(), code: c }))).toMatch(/^INVALID .*code.*Det finns redan en kommun/);
    expect(await failure(createMunicipality(operator, { name: "Igen", slug: "admin", code: code() }))).toMatch(/^INVALID .*reserverad/);
    expect(await failure(createMunicipality(operator, { name: "Igen", slug: slug(), code: "123" }))).toMatch(/^INVALID .*fyra siffror/);
  });

  it("see each municipality's counts and last activity, and nothing of its content", async () => {
    const operator = await operatorUser();
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await userWithRole(plan.municipality.id, "EDITOR");
    const empty = await createMunicipality(operator, { name: "Tomkommun", slug: slug(), code: code() });
    await inviteAdministrator(operator, { municipalityId: empty, email: `${unique("ny")}@example.se`, name: "Ny" });
    const rows = await listMunicipalitiesForOperator(operator);
    const ours = rows.find((r) => r.id === plan.municipality.id)!;
    expect(ours).toEqual({
      id: plan.municipality.id,
      name: plan.municipality.name,
      slug: plan.municipality.slug,
      code: plan.municipality.code,
      documents: await db.document.count({ where: { municipalityId: plan.municipality.id } }),
      people: 2,
      lastActivity: null,
    });
    const created = rows.find((r) => r.id === empty)!;
    expect(created.people, "an invitation is not yet a person there").toBe(0);
    expect(created.lastActivity).toBeInstanceOf(Date);
    expect(JSON.stringify(rows)).not.toContain(admin.email);
    expect(await failure(listMunicipalitiesForOperator(admin))).toMatch(/^FORBIDDEN/);
  });

  it("invite an existing account only to accept, and refuse an unknown municipality", async () => {
    const operator = await operatorUser();
    const existing = await createUser();
    const id = await createMunicipality(operator, { name: "Befintligkommun", slug: slug(), code: code() });
    await inviteAdministrator(operator, { municipalityId: id, email: existing.email, name: "Annat Namn" });
    expect(await db.membership.findFirstOrThrow({ where: { userId: existing.id } })).toMatchObject({ role: "ADMIN", acceptedAt: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: existing.name, passwordHash: existing.passwordHash });
    expect(await failure(inviteAdministrator(operator, { municipalityId: 2_000_000_000, email: "x@example.se", name: "X" }))).toMatch(/^NOT_FOUND/);
  });

  it("make an existing account an operator, audited; an unknown address is refused", async () => {
    const operator = await operatorUser();
    const person = await createUser();
    await makeOperator(operator, { email: person.email });
    const session = await sessionUser(person.id);
    expect(session.isOperator).toBe(true);
    expect(session.mustEnrolTotp, "an operator must turn on two-factor sign-in, as an administrator must").toBe(true);
    expect(await db.auditEvent.findFirst({ where: { action: "make-operator", entityId: person.id } })).toMatchObject({ actor: operator.email });
    expect(await failure(makeOperator(operator, { email: `${unique("ingen")}@example.se` }))).toMatch(/^INVALID .*inget konto/);
  });

  it("are created at the command line (user:create --platform), with two-factor sign-in required", async () => {
    const email = `${unique("operator")}@example.se`;
    expect(await createOperator({ email, name: "Olle Operatör", password: "ett-långt-lösenord" })).toEqual({ created: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.isOperator).toBe(true);
    const session = await sessionUser(user.id);
    expect(session.mustEnrolTotp).toBe(true);
    expect(can(session, "operate", { platform: true })).toBe(false);
    expect(await db.auditEvent.findFirst({ where: { action: "make-operator", entityId: user.id } })).toMatchObject({ actor: "kommandorad" });
  });
});
