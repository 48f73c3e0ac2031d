import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getDocument } from "@/lib/documents/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { DocumentView } from "@/components/views/DocumentView";
import { paths } from "@/lib/paths";
import { getDocumentProgress } from "@/lib/followup/queries";
import { getFollowUpSchedule } from "@/lib/followup/schedule";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

type Props = { params: Promise<{ municipality: string; document: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { municipality, document } = await routeParams(params);
  const doc = await getDocument(municipality, document);
  return doc
    ? pageMetadata(t, locale, {
        title: `${localized(doc, "title", locale).text} – ${doc.municipality.name}`,
        description: localized(doc, "summary", locale).text,
        path: paths.document(municipality, doc.slug),
        type: "article",
      })
    : {};
}

export default async function DocumentPage({ params }: Props) {
  const { municipality, document } = await routeParams(params);
  const [doc, progress, schedule] = await Promise.all([
    getDocument(municipality, document),
    getDocumentProgress(municipality, document),
    getFollowUpSchedule(municipality, document),
  ]);
  if (!doc) return redirectOrNotFound(paths.document(municipality, document));
  return <DocumentView document={doc} progress={progress} schedule={schedule} />;
}
