import { env } from "@/lib/env";
import { absoluteUrl, escapeXml } from "@/lib/xml";
import type { Translate } from "@/lib/i18n/message";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { paths } from "@/lib/paths";
import { db } from "@/lib/db/client";
import { params, parseParams, toQueryString } from "@/lib/filters/schema";
import { datasets } from "./datasets";
import { openDataContactEmail } from "./contact";
import { isInventedMunicipality } from "@/lib/scale/synthetic";
import { corsHeaders, errorResponse, invalidParams, unknownParams } from "./http";

/**
 * The DCAT-AP-SE catalogue (RDF/XML) of the open-data lists, for dataportal.se to harvest: the whole
 * portal, or one municipality's data with that municipality as publisher (`?kommun=`). Every value
 * node is typed with the class DCAT-AP 3.0.1 gives its property (licence, rights, language, place,
 * theme, media type, standard, document, contact), so the official shapes pass with their ranges
 * (tests/integration/dcat.test.ts); DCAT-AP-SE adds the contact point's e-mail, the IANA media type
 * as `dcterms:format` and a type for every publisher (docs/decisions/081).
 * Vocabularies: the EU controlled lists for themes, languages, places and access rights; IANA media types.
 * Titles, descriptions, keywords and labels are given in every language the catalogues have them in
 * (`xml:lang` sv, fi, en); the data itself is the municipalities' Swedish text, with its translations.
 */

const EU = "http://publications.europa.eu/resource/authority";
const CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
const IANA = "http://www.iana.org/assignments/media-types";
const LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";
const mediaTypes = { json: `${IANA}/application/json`, csv: `${IANA}/text/csv` } as const;

const resource = (property: string, uri: string) => `<${property} rdf:resource="${escapeXml(uri)}"/>`;
/** A property whose value is a node of the given class: `<dcterms:license><dcterms:LicenseDocument rdf:about="…"/></dcterms:license>`. */
const typed = (property: string, type: string, uri: string) => `<${property}><${type} rdf:about="${escapeXml(uri)}"/></${property}>`;
const literal = (property: string, text: string, lang: Locale = defaultLocale) => `<${property} xml:lang="${lang}">${escapeXml(text)}</${property}>`;

/** Each language's translator; a message a catalogue lacks yet reads as the Swedish one, so it adds nothing below. */
const translators = locales.map((l) => {
  const t = translator(l);
  const sv = translator(defaultLocale);
  const withFallback = ((key, values) => (t.has(key) ? t(key, values) : sv(key, values))) as Translate;
  withFallback.has = t.has;
  return [l, withFallback] as const;
});
/**
 * A property once per language: Swedish always, Finnish and English where their text differs from the
 * Swedish one (a catalogue not yet translated, or a name that is the same in every language, adds nothing).
 */
function literals(property: string, text: (t: Translate) => string): string {
  const values = translators.map(([l, t]) => [l, text(t)] as const);
  const swedish = values.find(([l]) => l === defaultLocale)![1];
  return values
    .filter(([l, value]) => l === defaultLocale || value !== swedish)
    .map(([l, value]) => literal(property, value, l))
    .join("");
}

const license = typed("dcterms:license", "dcterms:LicenseDocument", CC0);
const accessRights = typed("dcterms:accessRights", "dcterms:RightsStatement", `${EU}/access-right/PUBLIC`);
const euLanguage = { sv: "SWE", fi: "FIN", en: "ENG" } satisfies Record<Locale, string>;
const languageOf = (l: Locale) => typed("dcterms:language", "dcterms:LinguisticSystem", `${EU}/language/${euLanguage[l]}`);
/** The lists hold the municipalities' Swedish text (with what translations they give); the catalogue describes them in every language. */
const language = languageOf(defaultLocale);
const catalogueLanguages = locales.map(languageOf).join("");
/** A concept of a controlled list, with the label DCAT-AP asks every concept to carry. */
const concept = (property: string, uri: string, label: (t: Translate) => string) =>
  `<${property}><skos:Concept rdf:about="${escapeXml(uri)}">${literals("skos:prefLabel", label)}</skos:Concept></${property}>`;
const themes = (["GOVE", "SOCI"] as const)
  .map((theme) => concept("dcat:theme", `${EU}/data-theme/${theme}`, (t) => t(`openData.dcat.themes.${theme}`)))
  .join("");
const keywords = (["socialSustainability", "steeringDocuments", "agenda2030"] as const)
  .map((k) => literals("dcat:keyword", (t) => t(`openData.dcat.keywords.${k}`)))
  .join("");
const format = (f: keyof typeof mediaTypes) =>
  `${typed("dcterms:format", "dcterms:MediaTypeOrExtent", mediaTypes[f])}${typed("dcat:mediaType", "dcterms:MediaType", mediaTypes[f])}`;

type Publisher = { uri: string; name: string; homepage: string };

/** Municipalities publish as local authorities; so does the portal, which municipalities run together. */
function agent(p: Publisher) {
  return `<foaf:Agent rdf:about="${escapeXml(p.uri)}">
        ${literal("foaf:name", p.name)}
        ${typed("foaf:homepage", "foaf:Document", p.homepage)}
        ${concept("dcterms:type", LOCAL_AUTHORITY, (t) => t("openData.dcat.localAuthority"))}
      </foaf:Agent>`;
}

/** DCAT-AP-SE requires an e-mail address; only when none is configured or found (npm start warns) does the contact fall back to the site. */
function contactPoint(name: string, email: string | null) {
  const reach = email ? resource("vcard:hasEmail", `mailto:${email}`) : resource("vcard:hasURL", env.SITE_URL);
  return `<dcat:contactPoint><vcard:Organization><rdf:type rdf:resource="http://www.w3.org/2006/vcard/ns#Kind"/>${literal("vcard:fn", name)}${reach}</vcard:Organization></dcat:contactPoint>`;
}

function dcatCatalogue(municipality: { slug: string; name: string } | undefined, email: string | null): string {
  const query = toQueryString({ kommun: municipality?.slug });
  const catalogueUri = absoluteUrl(paths.dcatCatalogue(query));
  const home = absoluteUrl(municipality ? paths.municipality(municipality.slug) : paths.home());
  const sv = translator(defaultLocale);
  const publisher: Publisher = { uri: `${home}#organisation`, name: municipality?.name ?? sv("site.name"), homepage: home };
  const scope = municipality ? ` – ${municipality.name}` : "";
  const publisherRef = `<dcterms:publisher>${agent(publisher)}</dcterms:publisher>`;
  const contact = contactPoint(publisher.name, email);
  // The OpenAPI description is the standard the lists conform to; the service itself is its endpoint.
  const standard = typed("dcterms:conformsTo", "dcterms:Standard", absoluteUrl(paths.openApi()));
  const endpoint = absoluteUrl("/api/v1/");

  const datasetXml = datasets.map((d) => {
    const distributions = (["json", "csv"] as const).map((f) => {
      const url = absoluteUrl(paths.openDataList(d.name, f, query));
      return `<dcat:distribution><dcat:Distribution rdf:about="${escapeXml(url)}">
          ${literals("dcterms:title", (t) => `${t(d.title)}${scope} (${f.toUpperCase()})`)}
          ${resource("dcat:accessURL", url)}
          ${resource("dcat:downloadURL", url)}
          ${format(f)}
          ${license}
          ${standard}
          ${resource("dcat:accessService", endpoint)}
        </dcat:Distribution></dcat:distribution>`;
    });
    return `<dcat:dataset><dcat:Dataset rdf:about="${escapeXml(`${catalogueUri}#${d.name}`)}">
        ${literals("dcterms:title", (t) => `${t(d.title)}${scope}`)}
        ${literals("dcterms:description", (t) => `${t(d.description)} ${t("openData.paging")}`)}
        ${publisherRef}
        ${contact}
        ${themes}
        ${keywords}
        ${language}
        ${typed("dcterms:spatial", "dcterms:Location", `${EU}/country/SWE`)}
        ${accessRights}
        ${typed("dcat:landingPage", "foaf:Document", absoluteUrl(`${paths.openData()}#${d.name}`))}
        ${distributions.join("\n        ")}
      </dcat:Dataset></dcat:dataset>`;
  });

  const service = `<dcat:service><dcat:DataService rdf:about="${escapeXml(endpoint)}">
        ${literals("dcterms:title", (t) => `${t("site.name")} – ${t("openData.title")}${scope}`)}
        ${typed("dcat:endpointURL", "rdfs:Resource", endpoint)}
        ${typed("dcat:endpointDescription", "rdfs:Resource", absoluteUrl(paths.openApi()))}
        ${typed("dcterms:format", "dcterms:MediaTypeOrExtent", mediaTypes.json)}
        ${standard}
        ${publisherRef}
        ${contact}
        ${license}
        ${accessRights}
        ${datasets.map((d) => resource("dcat:servesDataset", `${catalogueUri}#${d.name}`)).join("\n        ")}
      </dcat:DataService></dcat:service>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
  xmlns:dcterms="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <dcat:Catalog rdf:about="${escapeXml(catalogueUri)}">
    ${literals("dcterms:title", (t) => `${t("site.name")}${scope}`)}
    ${literals("dcterms:description", (t) => t("openData.lead"))}
    ${publisherRef}
    ${contact}
    ${typed("foaf:homepage", "foaf:Document", absoluteUrl(paths.openData()))}
    ${catalogueLanguages}
    ${license}
    ${datasetXml.join("\n    ")}
    ${service}
  </dcat:Catalog>
</rdf:RDF>
`;
}

/** Answers `/api/v1/dcat.rdf[?kommun=<slug>]`. */
export async function dcatResponse(url: URL): Promise<Response> {
  const { values, problems } = parseParams({ kommun: params.kommun }, url.searchParams);
  problems.push(...unknownParams(url, ["kommun"]));
  if (problems.length > 0) return invalidParams(problems);
  const municipality = values.kommun ? await db.municipality.findUnique({ where: { slug: values.kommun }, select: { slug: true, name: true } }) : undefined;
  // An invented municipality (Exempelkommun, the synthetic set) is no local authority: it publishes no catalogue for dataportal.se to harvest.
  if (municipality === null || (municipality && isInventedMunicipality(municipality.slug))) return errorResponse(404, "unknown_municipality", "params.kommun");
  const email = await openDataContactEmail(municipality?.slug);
  return new Response(dcatCatalogue(municipality ?? undefined, email), { headers: { ...corsHeaders, "Content-Type": "application/rdf+xml; charset=utf-8" } });
}
