import { vi } from "vitest";
import { downloadContent } from "@/lib/content-sync/commands/download-content";
import { administration, permissionMatrix } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

// A read, but all of a municipality's content at once: administrators only, and the log records it.
permissionMatrix("download the municipality's content as YAML files", {
  arrange: async () => undefined,
  act: (user, _nothing, w) => downloadContent(user, { municipalityId: w.municipality.id }),
  expected: administration,
  writes: "AuditEvent",
});
