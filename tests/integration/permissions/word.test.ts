import { vi } from "vitest";
import { commandInput, draftFromProposal } from "@/lib/word-import/form";
import { translator } from "@/lib/i18n/translator";
import { importWordPlan } from "@/lib/word-import/commands/import-word-plan";
import { readWordPlan } from "@/lib/word-import/read";
import { municipalityContent, permissionMatrix } from "../../support/permission-matrix";
import { wordPlan } from "../../factories/word";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

// Creating a plan from Word is creating a document: whoever may create one in the municipality, no one else.
permissionMatrix("create a plan from Word", {
  arrange: async () => {
    const bytes = await wordPlan();
    return draftFromProposal(
      translator("sv"),
      await readWordPlan({ name: "plan.docx", size: bytes.length, bytes: async () => new Uint8Array(bytes) }),
      "plan.docx",
    );
  },
  act: (user, draft, w) => importWordPlan(user, commandInput(translator("sv"), draft, w.municipality.id).input),
  expected: municipalityContent,
  writes: "Document",
});
