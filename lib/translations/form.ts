import type { FieldSpec } from "@/lib/admin/fields";
import { translatableFields, translatedLocales, translationKey, type TranslatableKind } from "./schema";

const kindOf = { title: "text", subtitle: "text", heading: "text", summary: "textarea" } as const;

/**
 * The Finnish and English fields of a kind's form, after its Swedish ones. Named like the revision's
 * flat keys ("translations.en.title"), so a record's snapshot fills them (toRawValues) and the command's
 * schema folds them back (withTranslationKeys); history and conflicts find their labels by the same name.
 * Labels are message keys (admin.translations.<lang>.<field>).
 */
export const translationFields = (kind: TranslatableKind): FieldSpec[] =>
  translatedLocales.flatMap((locale) =>
    translatableFields[kind].map((field): FieldSpec => ({
      name: translationKey(locale, field),
      label: `admin.translations.${locale}.${field}`,
      kind: field in kindOf ? kindOf[field as keyof typeof kindOf] : "markdown",
      hint: "admin.translations.hint",
    })),
  );
