import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { query } from "../support/database";
import { signIn } from "../support/sign-in";
import { swedishOutsideNames, visibleWordsOutsideSwedish } from "../support/swedish-words";

/** One admin address per page kind, with ids from the demo database. */
async function adminPageKinds(): Promise<string[]> {
  const one = async (sql: string) => (await query<{ id: number }>(sql))[0]!.id;
  const m = `(SELECT id FROM "Municipality" WHERE slug = 'sodertalje')`;
  const document = await one(`SELECT id FROM "Document" WHERE "municipalityId" = ${m} AND slug = 'handlingsplan-social-hallbarhet-2026-2030'`);
  const area = await one(`SELECT id FROM "Area" WHERE "documentId" = ${document} ORDER BY id LIMIT 1`);
  const goal = await one(`SELECT g.id FROM "Goal" g JOIN "Document" d ON d.id = g."documentId" WHERE d."municipalityId" = ${m} ORDER BY g.id LIMIT 1`);
  const action = await one(`SELECT id FROM "Action" WHERE "documentId" = ${document} ORDER BY id LIMIT 1`);
  // The demo has no follow-up period: the follow-up stories create one, so the period's page is there when they ran first.
  const [period] = await query<{ id: number }>(`SELECT id FROM "FollowUpPeriod" WHERE "municipalityId" = ${m} ORDER BY id LIMIT 1`);
  const base = "/admin/sodertalje";
  return [
    "/admin",
    base,
    `${base}/anvandare`,
    `${base}/dokument/ny`,
    `${base}/dokument/${document}`,
    `${base}/dokument/${document}/nytt-omrade`,
    `${base}/dokument/fran-word`,
    `${base}/omrade/${area}`,
    `${base}/omrade/${area}/nytt-mal`,
    `${base}/mal/${goal}`,
    `${base}/atgard/${action}`,
    `${base}/historik/action/${action}`,
    `${base}/uppfoljning`,
    ...(period ? [`${base}/uppfoljning/${period.id}`] : []),
    `${base}/indikatorer`,
    `${base}/indikatorer/ny`,
    `${base}/indikatorer/kolada`,
    `${base}/innehall/natverk`,
    `${base}/installningar`,
    `${base}/logg`,
  ];
}

for (const locale of ["fi", "en"] as const) {
  test(`every admin page kind in ${locale}: no Swedish interface word, axe-clean`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, "admin");
    const swedish = await swedishOutsideNames();
    for (const path of await adminPageKinds()) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const found = [...new Set((await visibleWordsOutsideSwedish(page)).filter((w) => swedish.has(w)))];
      expect(found, `${path}: Swedish interface words outside lang=sv`).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
      expect(serious, path).toEqual([]);
    }
  });
}
