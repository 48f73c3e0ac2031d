"use server";

import type { FormState } from "@/lib/admin/fields";
import { runForm } from "@/lib/admin/run-form";
import { getUser } from "@/lib/auth/session";
import { renderMarkdown } from "@/lib/markdown";
import { setStatus } from "@/lib/records/commands/set-status";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { moveRecord } from "@/lib/records/commands/move-record";
import { moveFields, restoreFields, statusFields } from "@/lib/revisions/form";
import { answerInvitation } from "@/lib/users/commands/answer-invitation";
import { answerInvitationFields } from "@/lib/users/form";

export async function changeStatus(_: FormState, form: FormData) {
  return runForm(form, statusFields, setStatus);
}

export async function move(_: FormState, form: FormData) {
  return runForm(form, moveFields, moveRecord);
}

export async function restore(_: FormState, form: FormData) {
  return runForm(form, restoreFields, restoreRevision);
}

export async function answerInvite(_: FormState, form: FormData) {
  return runForm(form, answerInvitationFields, answerInvitation);
}

/** The live preview beside a Markdown field: the public pages' own sanitising renderer. */
export async function previewMarkdown(markdown: string): Promise<string> {
  if (typeof markdown !== "string" || !(await getUser())) return "";
  return renderMarkdown(markdown.slice(0, 50_000));
}
