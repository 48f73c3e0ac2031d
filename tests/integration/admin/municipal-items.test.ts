import { beforeEach, describe, expect, it, vi } from "vitest";
import { expiredTags as expired } from "../../support/next-cache";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { moveRecord } from "@/lib/records/commands/move-record";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { networkItem } from "@/lib/networks/item";
import { goodExampleItem } from "@/lib/good-examples/item";
import { knowledgePageItem } from "@/lib/knowledge/item";
import { dialogueItem } from "@/lib/dialogues/item";
import { setStatus } from "@/lib/records/commands/set-status";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createMunicipalContent, type MunicipalContent } from "../../factories/municipal";
import { createPlan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { failure } from "../../support/app-error";
import { saidAll } from "../../support/messages";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const networkForm = (c: MunicipalContent, i: number, overrides: Record<string, unknown> = {}) => ({
  id: c.networks[i]!.id,
  version: 1,
  name: c.networks[i]!.name,
  purpose: "Ett syfte.",
  ...overrides,
});

const positions = async (c: MunicipalContent) =>
  (await db.network.findMany({ where: { municipalityId: c.municipality.id }, orderBy: { position: "asc" }, select: { name: true } })).map((n) => n.name);

let c: MunicipalContent;
beforeEach(async () => {
  c = await createMunicipalContent();
  expired.length = 0;
});

describe("a municipality's flat items (one generic definition per kind)", () => {
  it("creates a network last in the list, as a draft with an address from its name, and publishing makes it public", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const id = await createItem(networkItem, admin, {
      municipalityId: c.municipality.id,
      name: "Trygg i Provkommun",
      purpose: "Samordnar **trygghetsarbetet**.",
    });
    expect(await db.network.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", slug: "trygg-i-provkommun", position: 3, version: 1 });
    expect(expired).toEqual([cacheTags.municipality(c.municipality.slug), cacheTags.publicData()]);

    expect(await setStatus(admin, { type: "network", id, version: 1, status: "PUBLISHED" })).toBe(2);
    expect((await db.network.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    const revisions = await db.revision.findMany({ where: { entityType: "network", entityId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.kind)).toEqual(["CREATE", "PUBLISH"]);
    expect(revisions[0]!.snapshot).toEqual({ name: "Trygg i Provkommun", purpose: "Samordnar **trygghetsarbetet**.", slug: "trygg-i-provkommun" });
    expect(await db.auditEvent.count({ where: { entityType: "network", entityId: id } })).toBe(2);
  });

  it("saves an edit with a field-level revision and expires the municipality's pages", async () => {
    const editor = await userWithRole(c.municipality.id, "EDITOR");
    expect(await updateItem(networkItem, editor, networkForm(c, 0, { purpose: "Ett nytt syfte." }))).toBe(2);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "network", entityId: c.networks[0]!.id } });
    expect(revision).toMatchObject({
      kind: "UPDATE",
      version: 2,
      userId: editor.id,
      changes: [{ field: "purpose", before: "Ett syfte.", after: "Ett nytt syfte." }],
    });
    expect(expired).toEqual([cacheTags.municipality(c.municipality.slug), cacheTags.publicData()]);
  });

  it("keeps a renamed good example's old address working", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const form = { id: c.goodExample.id, version: 1, title: "Ett exempel", summary: "Kort om det.", slug: "nytt-namn" };
    await updateItem(goodExampleItem, admin, form);
    const m = c.municipality.slug;
    expect(await db.pathRedirect.findUnique({ where: { fromPath: paths.goodExample(m, "ett-exempel") } })).toMatchObject({
      toPath: paths.goodExample(m, "nytt-namn"),
    });
  });

  it("links a dialogue to a document of its own municipality", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const input = {
      municipalityId: c.municipality.id,
      title: "Dialog om trygghet",
      period: "Hösten 2025",
      responses: 120,
      summary: "Vad som kom fram.",
      documentId: c.strategy.id,
    };
    const id = await createItem(dialogueItem, admin, input);
    expect(await db.citizenDialogue.findUniqueOrThrow({ where: { id } })).toMatchObject({
      documentId: c.strategy.id,
      responses: 120,
      topic: null,
      position: 0,
    });
  });

  it("moves an item up and down its list, each move a versioned write of both items", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const [first, second, third] = c.networks;
    expect(await moveRecord(admin, { type: "network", id: third!.id, version: 1, direction: "up" })).toBe(2);
    expect(await positions(c)).toEqual(["Nätverk 0", "Nätverk 2", "Nätverk 1"]);
    expect(await db.network.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ version: 2, position: 2 });
    const moved = await db.revision.findFirstOrThrow({ where: { entityType: "network", entityId: third!.id } });
    expect(moved.changes).toEqual([{ field: "place", before: 3, after: 2 }]);

    // The first cannot move further up: nothing is written.
    expect(await moveRecord(admin, { type: "network", id: first!.id, version: 1, direction: "up" })).toBe(1);
    expect(await db.network.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ version: 1, position: 0 });

    // A move from a stale page is a conflict, and neither item moves.
    const stale = await failure(moveRecord(admin, { type: "network", id: third!.id, version: 1, direction: "up" }));
    expect(stale.code).toBe("CONFLICT");
    expect(await positions(c)).toEqual(["Nätverk 0", "Nätverk 2", "Nätverk 1"]);
    expect(await moveRecord(admin, { type: "network", id: third!.id, version: 2, direction: "down" })).toBe(3);
    expect(await positions(c)).toEqual(["Nätverk 0", "Nätverk 1", "Nätverk 2"]);
  });

  it("archives without deleting", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    await setStatus(admin, { type: "goodExample", id: c.goodExample.id, version: 1, status: "ARCHIVED" });
    expect(await db.goodExample.findUniqueOrThrow({ where: { id: c.goodExample.id } })).toMatchObject({ status: "ARCHIVED", version: 2 });
    expect(expired).toContain(cacheTags.municipality(c.municipality.slug));
  });

  it("refuses the second of two saves from the same version, naming what the first changed", async () => {
    const first = await userWithRole(c.municipality.id, "ADMIN");
    const second = await userWithRole(c.municipality.id, "EDITOR");
    await updateItem(networkItem, first, networkForm(c, 0, { name: "Förstas namn" }));
    const error = await failure(updateItem(networkItem, second, networkForm(c, 0, { name: "Andras namn" })));
    expect(error.code).toBe("CONFLICT");
    expect(error.details.conflict).toMatchObject({
      currentVersion: 2,
      changes: [{ field: "name", before: "Nätverk 0", after: "Förstas namn", by: first.name }],
    });
    expect((await db.network.findUniqueOrThrow({ where: { id: c.networks[0]!.id } })).name).toBe("Förstas namn");
  });

  it("restores an earlier version as a new revision, also after a move", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    await updateItem(networkItem, admin, networkForm(c, 1, { purpose: "Andra versionen." }));
    await moveRecord(admin, { type: "network", id: c.networks[1]!.id, version: 2, direction: "up" });
    await updateItem(networkItem, admin, networkForm(c, 1, { purpose: "Fjärde versionen.", version: 3 }));
    const moved = await db.revision.findFirstOrThrow({ where: { entityType: "network", entityId: c.networks[1]!.id, version: 3 } });

    expect(await restoreRevision(admin, { revisionId: moved.id, version: 4 })).toBe(5);
    // The content comes back; the place in the list stays where it is now.
    expect(await db.network.findUniqueOrThrow({ where: { id: c.networks[1]!.id } })).toMatchObject({ purpose: "Andra versionen.", position: 0 });
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "network", entityId: c.networks[1]!.id, version: 5 } });
    expect(latest).toMatchObject({ kind: "RESTORE", changes: [{ field: "purpose", before: "Fjärde versionen.", after: "Andra versionen." }] });
  });
});

describe("bad input to a flat item", () => {
  it.each([
    ["an empty name", { name: "  " }, "name", "Får inte vara tomt"],
    ["an over-long name", { name: "x".repeat(201) }, "name", "Texten är för lång. Korta den och försök igen."],
    ["an empty purpose", { purpose: "" }, "purpose", "Får inte vara tomt"],
    [
      "a script tag in the Markdown",
      { purpose: "Hej <script>alert(1)</script>" },
      "purpose",
      "Texten får inte innehålla skript, formulär eller inbäddade sidor",
    ],
    ["an address with capitals", { slug: "Stora-Bokstaver" }, "slug", "Endast a–z, 0–9 och bindestreck"],
    ["another network's address", { slug: "natverk-1" }, "slug", "Adressen används redan av en annan post av samma slag i kommunen."],
  ])("refuses %s with a Swedish message on the field and writes nothing", async (_case, overrides, field, message) => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(updateItem(networkItem, admin, networkForm(c, 0, overrides)));
    expect(error.code).toBe("INVALID");
    expect(saidAll(error.details.fieldErrors)?.[field]).toEqual([message]);
    expect(await db.network.findUniqueOrThrow({ where: { id: c.networks[0]!.id } })).toMatchObject({ version: 1, name: "Nätverk 0", slug: "natverk-0" });
    expect(await db.revision.count({ where: { entityType: "network", entityId: c.networks[0]!.id } })).toBe(0);
  });

  it("refuses a knowledge page with a script in its body, or none", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const page = { municipalityId: c.municipality.id, title: "Skyddsfaktorer", summary: "Om skyddsfaktorer." };
    for (const body of ['<a href="javascript:alert(1)">x</a>', ""]) {
      const error = await failure(createItem(knowledgePageItem, admin, { ...page, body }));
      expect(saidAll(error.details.fieldErrors)?.body?.[0]).toMatch(/^(Texten får inte|Får inte vara tomt)/);
    }
    expect(await db.knowledgePage.count({ where: { municipalityId: c.municipality.id } })).toBe(0);
  });

  it("refuses another municipality's document as a dialogue's source", async () => {
    const other = await createPlan();
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const input = { municipalityId: c.municipality.id, title: "Dialog", period: "2025", summary: "Sammanfattning.", documentId: other.strategy.id };
    const error = await failure(createItem(dialogueItem, admin, input));
    expect(saidAll(error.details.fieldErrors)).toEqual({ documentId: ["Dokumentet finns inte i den här kommunen."] });
    expect(await db.citizenDialogue.count({ where: { municipalityId: c.municipality.id } })).toBe(0);
  });

  it("answers an unknown id with not found", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    expect((await failure(updateItem(networkItem, admin, networkForm(c, 0, { id: 99_999_999 })))).code).toBe("NOT_FOUND");
  });
});

describe("who may change a municipality's items", () => {
  it.each([
    ["signed out", null, "UNAUTHENTICATED"],
    ["a reviewer", "REVIEWER", "FORBIDDEN"],
    ["an editor limited to an area (these items lie in none)", "AREA_EDITOR", "FORBIDDEN"],
    ["another municipality's administrator", "STRANGER", "FORBIDDEN"],
  ] as const)("refuses %s, and nothing changes", async (_case, who, code) => {
    const user =
      who === null
        ? null
        : who === "AREA_EDITOR"
          ? await userWithRole(c.municipality.id, "EDITOR", [c.areas[0]!.id])
          : who === "STRANGER"
            ? await userWithRole((await createPlan()).municipality.id, "ADMIN")
            : await userWithRole(c.municipality.id, who);
    // One at a time: a refusal that settled while the test awaited another would be an unhandled rejection.
    for (const attempt of [
      () => createItem(networkItem, user, { municipalityId: c.municipality.id, name: "Obehörigt", purpose: "Nej." }),
      () => updateItem(networkItem, user, networkForm(c, 0, { name: "Obehörigt" })),
      () => moveRecord(user, { type: "network", id: c.networks[1]!.id, version: 1, direction: "up" }),
      ...(user ? [() => setStatus(user, { type: "network", id: c.networks[0]!.id, version: 1, status: "ARCHIVED" })] : []),
    ]) {
      expect((await failure(attempt())).code).toBe(code);
    }
    expect(await positions(c)).toEqual(["Nätverk 0", "Nätverk 1", "Nätverk 2"]);
    expect(await db.network.findMany({ where: { municipalityId: c.municipality.id }, select: { version: true, status: true } })).toEqual(
      Array.from({ length: 3 }, () => ({ version: 1, status: "PUBLISHED" })),
    );
    expect(await db.revision.count({ where: { municipalityId: c.municipality.id } })).toBe(0);
  });
});
