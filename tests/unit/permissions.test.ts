import { describe, expect, it } from "vitest";
import { can, platform, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

const user = (role: "ADMIN" | "EDITOR" | "REVIEWER", areaIds: number[] = []): SessionUser => ({
  id: 1,
  email: "a@example.se",
  name: "A",
  memberships: [{ municipalityId: 10, municipalitySlug: "m", municipalityName: "M", role, areaIds }],
});

const permissions: Permission[] = ["view", "edit", "publish", "administer", "operate"];
const allowed = (u: SessionUser | null, resource: { municipalityId: number; areaId?: number | null }) => permissions.filter((p) => can(u, p, resource));

describe("can(user, permission, resource)", () => {
  it.each([
    ["an administrator", user("ADMIN"), ["view", "edit", "publish", "administer"]],
    ["an editor of the whole municipality", user("EDITOR"), ["view", "edit", "publish"]],
    ["a reviewer", user("REVIEWER"), ["view"]],
  ])("gives %s in their municipality: %j", (_who, u, expected) => {
    expect(allowed(u, { municipalityId: 10, areaId: 5 })).toEqual(expected);
    expect(allowed(u, { municipalityId: 10 })).toEqual(expected);
  });

  it("limits an editor of some areas to those areas, and to nothing outside an area", () => {
    const limited = user("EDITOR", [5, 6]);
    expect(allowed(limited, { municipalityId: 10, areaId: 6 })).toEqual(["view", "edit", "publish"]);
    expect(allowed(limited, { municipalityId: 10, areaId: 7 })).toEqual(["view"]);
    expect(allowed(limited, { municipalityId: 10, areaId: null })).toEqual(["view"]);
  });

  it("gives nothing in another municipality, and nothing to the signed out", () => {
    expect(allowed(user("ADMIN"), { municipalityId: 11 })).toEqual([]);
    expect(allowed(null, { municipalityId: 10 })).toEqual([]);
  });

  it("gives nothing, not even a look, to an administrator who must first turn on two-factor sign-in", () => {
    expect(allowed({ ...user("ADMIN"), mustEnrolTotp: true }, { municipalityId: 10, areaId: 5 })).toEqual([]);
    expect(allowed({ ...user("ADMIN"), mustEnrolTotp: false }, { municipalityId: 10, areaId: 5 })).toEqual(["view", "edit", "publish", "administer"]);
  });

  it("gives a platform operator the platform and nothing in any municipality", () => {
    const operator: SessionUser = { id: 2, email: "o@example.se", name: "O", memberships: [], isOperator: true };
    expect(allowed(operator, { municipalityId: 10 })).toEqual([]);
    expect(permissions.filter((p) => can(operator, p, platform))).toEqual(["operate"]);
    expect(allowed({ ...operator, memberships: user("REVIEWER").memberships }, { municipalityId: 10 }), "a role still gives only the role").toEqual(["view"]);
    expect(can({ ...operator, mustEnrolTotp: true }, "operate", platform), "not before two-factor sign-in").toBe(false);
  });

  it("gives the platform to nobody else: not an administrator, not the signed out", () => {
    expect(can(user("ADMIN"), "operate", platform)).toBe(false);
    expect(can({ ...user("ADMIN"), isOperator: false }, "operate", platform)).toBe(false);
    expect(can(null, "operate", platform)).toBe(false);
  });
});
