import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getAction } from "@/lib/actions/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { ActionView } from "@/components/views/ActionView";
import { paths } from "@/lib/paths";
import { getActionFollowUp } from "@/lib/followup/queries";
import { getFollowUpSchedule } from "@/lib/followup/schedule";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

type Props = { params: Promise<{ municipality: string; document: string; action: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { municipality, document, action } = await routeParams(params);
  const a = await getAction(municipality, document, action);
  return a
    ? pageMetadata(t, locale, {
        title: `${localized(a, "title", locale).text} – ${localized(a.document, "title", locale).text}`,
        description: localized(a, "text", locale).text?.slice(0, 160) ?? localized(a, "title", locale).text,
        path: paths.action(municipality, document, a.slug),
        type: "article",
      })
    : {};
}

export default async function ActionPage({ params }: Props) {
  const { municipality, document, action } = await routeParams(params);
  const [a, followUp, schedule] = await Promise.all([
    getAction(municipality, document, action),
    getActionFollowUp(municipality, document, action),
    getFollowUpSchedule(municipality, document),
  ]);
  if (!a) return redirectOrNotFound(paths.action(municipality, document, action));
  return <ActionView action={a} followUp={followUp} schedule={schedule} />;
}
