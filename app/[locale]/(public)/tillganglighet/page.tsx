import Link from "next/link";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = pageMetadata({
  title: sv.pages.accessibility,
  description: "Hur Strategiportalen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du anmäler problem.",
  path: paths.accessibility(),
});

// Update both dates whenever the site is assessed again.
const ASSESSED_ON = "2026-11-22";
const UPDATED_ON = "2026-11-22";
const DIGG_COMPLAINT_FORM =
  "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet";

export default async function AccessibilityStatementPage() {
  const municipalities = await listMunicipalities();
  return (
    <>
      <Breadcrumbs trail={[]} current={sv.pages.accessibility} />
      <PageHeader title={`${sv.pages.accessibility} för ${sv.site.name}`} />
      <div className="prose">
        <p>
          {sv.site.name} publicerar kommunernas styrdokument för social hållbarhet. Kommunerna står bakom portalen och vill att så många som möjligt ska kunna
          använda den. Här beskriver vi hur portalen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända
          tillgänglighetsproblem som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.
        </p>

        <h2>Hur tillgänglig är webbplatsen?</h2>
        <p>
          Webbplatsen är <strong>delvis förenlig</strong> med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.
          Vi följer standarden EN 301 549 och riktlinjerna WCAG 2.1 på nivå AA.
        </p>

        <h2>Innehåll som inte är tillgängligt</h2>
        <p>Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt:</p>
        <ul>
          <li>
            Bilder och diagram i originaldokumenten, till exempel processkartor och illustrationer, återges inte som bilder. Där originalet beskriver innehållet
            i text återges texten. Det kan därför saknas information som bara fanns i bilderna.
          </li>
          <li>
            Webbplatsen har ännu inte testats av personer som använder skärmläsare eller andra hjälpmedel. Vi har testat med automatiska verktyg och manuellt
            med tangentbord, men kan ha missat brister som bara märks med hjälpmedel (WCAG 4.1.2 och 1.3.1 kan därför inte bekräftas fullt ut).
          </li>
          <li>
            Styrdokumenten är skrivna av kommunerna och återges som de antogs. Vissa texter är långa och svåra och finns inte på lätt svenska eller på andra
            språk (detta omfattas inte av lagens krav, men vi vill förbättra det).
          </li>
        </ul>

        <h2>Hur vi testat webbplatsen</h2>
        <p>
          Vi har gjort en egen bedömning (självskattning) av webbplatsen. Varje sidtyp granskas automatiskt med verktyget axe-core i en riktig webbläsare vid
          varje ändring av webbplatsens kod, och vi har kontrollerat tangentbordsnavigering, synlig fokusmarkering, kontraster och att sidorna fungerar i 320
          pixlars bredd och vid förstoring till 400 procent. Senaste bedömningen gjordes den <time dateTime={ASSESSED_ON}>{ASSESSED_ON}</time>.
        </p>
        <p>
          Redogörelsen uppdaterades senast den <time dateTime={UPDATED_ON}>{UPDATED_ON}</time>.
        </p>

        <h2>Rapportera brister i webbplatsens tillgänglighet</h2>
        <p>
          Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte är beskrivna på den här sidan, eller om du anser att vi
          inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns. Om du behöver innehåll från portalen i ett annat format kan du också
          kontakta oss.
        </p>
        {env.ACCESSIBILITY_CONTACT_EMAIL ? (
          <p>
            E-post: <a href={`mailto:${env.ACCESSIBILITY_CONTACT_EMAIL}`}>{env.ACCESSIBILITY_CONTACT_EMAIL}</a>. Vi svarar inom två arbetsdagar.
          </p>
        ) : null}
        <p>Gäller det innehållet i en kommuns styrdokument kan du också vända dig direkt till kommunen:</p>
        <ul>
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link href={paths.municipality(m.slug)}>{m.name}</Link>
            </li>
          ))}
        </ul>

        <h2>Tillsyn</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd
          med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det: <a href={DIGG_COMPLAINT_FORM}>Anmäl bristande tillgänglighet hos Digg</a>.
        </p>
      </div>
    </>
  );
}
