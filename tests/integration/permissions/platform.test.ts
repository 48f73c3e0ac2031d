import { vi } from "vitest";
import { createMunicipality } from "@/lib/platform/commands/create-municipality";
import { inviteAdministrator } from "@/lib/platform/commands/invite-administrator";
import { makeOperator } from "@/lib/platform/commands/make-operator";
import { unique } from "../../factories/unique";
import { createUser } from "../../factories/users";
import { permissionMatrix, platformOperation } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

// The platform operators' commands (docs/decisions/100): a municipality's administrator, whichever, is refused.
permissionMatrix("create a municipality", {
  arrange: async () => unique("testkommun").replace(/[^a-z0-9-]/g, ""),
  act: (user, slug) => createMunicipality(user, { name: "Testkommun", slug, code: "0999", contact: "kontakt@testkommun.example" }),
  expected: platformOperation,
  writes: "Municipality",
});

permissionMatrix("invite a municipality's administrator", {
  arrange: async () => `${unique("forsta")}@example.se`,
  act: (user, email, w) => inviteAdministrator(user, { municipalityId: w.municipality.id, email, name: "Första Administratör" }),
  expected: platformOperation,
  writes: "Membership",
});

permissionMatrix("make a person an operator", {
  arrange: async () => (await createUser()).email,
  act: (user, email) => makeOperator(user, { email }),
  expected: platformOperation,
  writes: "User",
});
