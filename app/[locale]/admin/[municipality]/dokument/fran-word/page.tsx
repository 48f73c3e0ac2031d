import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { documentKinds } from "@/lib/content/schema";
import { sv } from "@/lib/i18n/sv";
import { documentKindLabel } from "@/lib/labels";
import { routeParams } from "@/lib/route-params";
import { MAX_WORD_BYTES } from "@/lib/word-import/read";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { WordImportForm } from "@/components/admin/WordImportForm";
import { PageHeader } from "@/components/PageHeader";
import { wordImport } from "./actions";

type Props = { params: Promise<{ municipality: string }> };

export const metadata: Metadata = { title: sv.wordImport.title };

export default async function WordImportPage({ params }: Props) {
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.wordImport(m));
  if (!may("edit")) notFound();
  const kinds = documentKinds.map((value) => ({ value, label: documentKindLabel(value.toUpperCase() as Uppercase<typeof value>) }));
  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[]} current={sv.wordImport.title} />
      <PageHeader kicker={grant.municipalityName} title={sv.wordImport.title} lead={sv.wordImport.intro} />
      <WordImportForm action={wordImport.bind(null, m, municipalityId)} maxBytes={MAX_WORD_BYTES} kinds={kinds} />
    </>
  );
}
