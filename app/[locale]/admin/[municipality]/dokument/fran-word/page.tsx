import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { documentKinds } from "@/lib/content/schema";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { routeParams } from "@/lib/route-params";
import { MAX_WORD_BYTES } from "@/lib/word-import/read";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { WordImportForm } from "@/components/admin/WordImportForm";
import { PageHeader } from "@/components/PageHeader";
import { wordImport } from "./actions";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("wordImport.title");

export default async function WordImportPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.wordImport(m));
  if (!may("edit")) notFound();
  const kinds = documentKinds.map((value) => ({ value, label: t(`documentKind.${value.toUpperCase() as Uppercase<typeof value>}`) }));
  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[]} current={t("wordImport.title")} />
      <PageHeader kicker={grant.municipalityName} title={t("wordImport.title")} lead={t("wordImport.intro")} />
      <WordImportForm action={wordImport.bind(null, m, municipalityId)} maxBytes={MAX_WORD_BYTES} kinds={kinds} />
    </>
  );
}
