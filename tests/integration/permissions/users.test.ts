import { vi } from "vitest";
import { addUser } from "@/lib/users/commands/add-user";
import { changeGrant } from "@/lib/users/commands/change-grant";
import { removeGrant } from "@/lib/users/commands/remove-grant";
import { setPassword } from "@/lib/users/commands/set-password";
import { unique } from "../../factories/unique";
import { userWithRole } from "../../factories/users";
import { administration, permissionMatrix, type World } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

/** A person with a role only in our municipality, so nothing but the permission stands in the way. */
const editorOfOurs = async (w: World) => ({ userId: (await userWithRole(w.municipality.id, "EDITOR")).id, municipalityId: w.municipality.id });

permissionMatrix("add a person (a new e-mail address)", {
  arrange: async () => `${unique("ny")}@example.se`,
  act: (user, email, w) => addUser(user, { email, name: "Ny Person", municipalityId: w.municipality.id, role: "EDITOR", password: "ett-långt-lösenord" }),
  expected: administration,
  writes: "User",
});

permissionMatrix("change a person's role", {
  arrange: editorOfOurs,
  act: (user, target) => changeGrant(user, { ...target, role: "REVIEWER" }),
  expected: administration,
  writes: "Membership",
});

permissionMatrix("take away a person's role", {
  arrange: editorOfOurs,
  act: (user, target) => removeGrant(user, target),
  expected: administration,
  writes: "Membership",
});

permissionMatrix("set a person's password", {
  arrange: editorOfOurs,
  act: (user, target) => setPassword(user, { ...target, password: "ett-nytt-långt-lösenord" }),
  expected: administration,
  writes: "User",
});
