import { translator } from "@/lib/i18n/translator";
import { parseRouteParams } from "@/lib/route-params";
import { buildPlanDocx } from "@/lib/word-export/build";
import { getPlanForWord } from "@/lib/word-export/queries";

type Context = { params: Promise<{ locale: string; municipality: string; document: string }> };

/** A published document as a Word file, its headings in the address's language; a draft (or none) is the same 404 as its page. */
export async function GET(_request: Request, { params }: Context) {
  const checked = parseRouteParams(await params);
  // The address's language; translator() (not getT) so the handler also runs outside Next, as the integration tests call it.
  const t = translator(checked?.locale);
  const plan = checked && (await getPlanForWord(checked.municipality, checked.document));
  if (!checked || !plan) return new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(await buildPlanDocx(t, checked.locale, plan)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${checked.municipality}-${checked.document}.docx"`,
    },
  });
}
