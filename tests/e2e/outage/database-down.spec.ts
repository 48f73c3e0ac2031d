import { expect, test } from "@playwright/test";
import { pageKinds } from "../support/page-kinds";
import { startDatabase, stopDatabase } from "../support/outage";

// Runs in its own Playwright project after every other browser test (playwright.config.ts): the
// database it stops is the one they all share.

const internals = /can't reach|ECONNREFUSED|127\.0\.0\.1|prisma|postgres|This page couldn|Internal Server Error|Application error/i;

test("with the database down, cached pages answer, others a Swedish 503 with Retry-After, and nothing internal leaks", async ({ request }) => {
  const cached = [pageKinds.goal, pageKinds.municipality];
  for (const path of cached) expect((await request.get(path)).status(), path).toBe(200);

  await stopDatabase();
  try {
    for (const path of cached) {
      const response = await request.get(path);
      expect(response.status(), `${path} from the cache`).toBe(200);
      expect(await response.text()).toContain("<html");
    }

    for (const path of [`/sodertalje/dokument/aldrig-besokt-${Date.now()}`, `/sok?q=aldrigsokt${Date.now()}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("30");
      const body = await response.text();
      expect(body, path).toContain("Sidan kan inte visas just nu");
      expect(body, path).not.toMatch(internals);
    }

    // Signing in answers a code the form shows in Swedish, never the database's own message.
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "admin@e2e.sodertalje.example", password: "vad som helst", json: "true" },
      maxRedirects: 0,
    });
    const { url } = (await signIn.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toBe("unavailable");
  } finally {
    await startDatabase();
  }
  await expect.poll(async () => (await request.get(`/sok?q=tillbaka${Date.now()}`)).status(), { timeout: 30_000 }).toBe(200);
});
