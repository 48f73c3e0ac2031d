"use server";

import { redirect } from "next/navigation";
import { adminPaths } from "@/lib/admin-paths";
import { formStateOf, isForm } from "@/lib/admin/run-form";
import { getUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";
import { importWordPlan } from "@/lib/word-import/commands/import-word-plan";
import { commandInput, draftFromForm, draftFromProposal, problemLines, type WordDraft, type WordImportState } from "@/lib/word-import/form";
import { proposeWordPlan } from "@/lib/word-import/read";

/**
 * Both steps of a plan from Word, one form after the other: an upload answers with the proposed mapping
 * (carried by the form, nothing stored), the corrected mapping creates the draft and opens it.
 * Both steps check the permission to create a document in the municipality (lib/word-import).
 */
export async function wordImport(municipality: string, municipalityId: number, state: WordImportState, form: FormData): Promise<WordImportState> {
  const t = await getT();
  if (!isForm(form)) return { status: "error", message: t("errors.invalid") };
  const user = await getUser();
  if (!user) return { status: "error", message: t("errors.unauthenticated") };
  const file = form.get("file");
  if (form.get("step") === "upload") {
    if (!(file instanceof File) || file.size === 0) return { status: "invalid", message: t("wordImport.noFile") };
    try {
      const proposal = await proposeWordPlan(user, municipalityId, {
        name: file.name,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      });
      return { status: "proposed", draft: draftFromProposal(t, proposal, file.name) };
    } catch (error) {
      return refused(t, error);
    }
  }
  const draft = draftFromForm(form);
  const { input, problems } = commandInput(t, draft, municipalityId);
  if (problems.length > 0) return { status: "invalid", message: t("errors.invalid"), problems, draft };
  let id: number;
  try {
    id = await importWordPlan(user, input);
  } catch (error) {
    return refused(t, error, draft);
  }
  redirect(getPathname({ href: adminPaths.document(municipality, id), locale: (await getLocale()) as Locale }));
}

function refused(t: Translate, error: unknown, draft?: WordDraft): WordImportState {
  const { status, message, fieldErrors } = formStateOf(error, t);
  return { status: status === "invalid" ? "invalid" : "error", message, problems: draft ? problemLines(t, fieldErrors) : [], draft };
}
