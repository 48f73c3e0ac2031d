import { env } from "@/lib/env";
import { absoluteUrl, escapeXml } from "@/lib/xml";
import { sv } from "@/lib/i18n/sv";
import { paths } from "@/lib/paths";
import { db } from "@/lib/db/client";
import { params, parseParams, toQueryString } from "@/lib/filters/schema";
import { datasets } from "./datasets";
import { corsHeaders, errorResponse, invalidParams } from "./http";

/**
 * The DCAT-AP-SE catalogue (RDF/XML) of the open-data lists, for dataportal.se to harvest: the whole
 * portal, or one municipality's data with that municipality as publisher (`?kommun=`).
 * Vocabularies: the EU controlled lists for themes, file types, languages, access rights.
 */

const EU = "http://publications.europa.eu/resource/authority";
const CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
const formats = {
  json: { fileType: `${EU}/file-type/JSON`, mediaType: "https://www.iana.org/assignments/media-types/application/json" },
  csv: { fileType: `${EU}/file-type/CSV`, mediaType: "https://www.iana.org/assignments/media-types/text/csv" },
} as const;

const resource = (property: string, uri: string) => `<${property} rdf:resource="${escapeXml(uri)}"/>`;
const literal = (property: string, text: string, lang = "sv") => `<${property} xml:lang="${lang}">${escapeXml(text)}</${property}>`;

type Publisher = { uri: string; name: string; homepage: string; localAuthority: boolean };

function agent(p: Publisher) {
  return `<foaf:Agent rdf:about="${escapeXml(p.uri)}">
        ${literal("foaf:name", p.name)}
        ${resource("foaf:homepage", p.homepage)}
        ${p.localAuthority ? resource("dcterms:type", "http://purl.org/adms/publishertype/LocalAuthority") : ""}
      </foaf:Agent>`;
}

function contactPoint(name: string) {
  const reach = env.OPEN_DATA_CONTACT_EMAIL ? resource("vcard:hasEmail", `mailto:${env.OPEN_DATA_CONTACT_EMAIL}`) : resource("vcard:hasURL", env.SITE_URL);
  return `<dcat:contactPoint><vcard:Organization>${literal("vcard:fn", name)}${reach}</vcard:Organization></dcat:contactPoint>`;
}

function dcatCatalogue(municipality?: { slug: string; name: string }): string {
  const query = toQueryString({ kommun: municipality?.slug });
  const catalogueUri = absoluteUrl(paths.dcatCatalogue(query));
  const publisher: Publisher = municipality
    ? { uri: `${absoluteUrl(paths.municipality(municipality.slug))}#organisation`, name: municipality.name, homepage: absoluteUrl(paths.municipality(municipality.slug)), localAuthority: true }
    : { uri: `${absoluteUrl(paths.home())}#organisation`, name: sv.site.name, homepage: absoluteUrl(paths.home()), localAuthority: false };
  const scope = municipality ? ` – ${municipality.name}` : "";
  const publisherRef = `<dcterms:publisher>${agent(publisher)}</dcterms:publisher>`;
  const common = `${resource("dcterms:license", CC0)}${resource("dcterms:accessRights", `${EU}/access-right/PUBLIC`)}`;

  const datasetXml = datasets.map((d) => {
    const distributions = (["json", "csv"] as const).map((format) => {
      const url = absoluteUrl(paths.openDataList(d.name, format, query));
      return `<dcat:distribution><dcat:Distribution rdf:about="${escapeXml(url)}">
          ${literal("dcterms:title", `${d.title}${scope} (${format.toUpperCase()})`)}
          ${resource("dcat:accessURL", url)}
          ${resource("dcat:downloadURL", url)}
          ${resource("dcterms:format", formats[format].fileType)}
          ${resource("dcat:mediaType", formats[format].mediaType)}
          ${resource("dcterms:license", CC0)}
          ${resource("dcterms:conformsTo", absoluteUrl(paths.openApi()))}
        </dcat:Distribution></dcat:distribution>`;
    });
    return `<dcat:dataset><dcat:Dataset rdf:about="${escapeXml(`${catalogueUri}#${d.name}`)}">
        ${literal("dcterms:title", `${d.title}${scope}`)}
        ${literal("dcterms:description", `${d.description} ${sv.openData.paging}`)}
        ${publisherRef}
        ${contactPoint(publisher.name)}
        ${resource("dcat:theme", `${EU}/data-theme/GOVE`)}
        ${resource("dcat:theme", `${EU}/data-theme/SOCI`)}
        ${literal("dcat:keyword", "social hållbarhet")}
        ${literal("dcat:keyword", "styrdokument")}
        ${literal("dcat:keyword", "Agenda 2030")}
        ${resource("dcterms:language", `${EU}/language/SWE`)}
        ${resource("dcterms:spatial", `${EU}/country/SWE`)}
        ${resource("dcterms:accessRights", `${EU}/access-right/PUBLIC`)}
        ${resource("dcat:landingPage", absoluteUrl(`${paths.openData()}#${d.name}`))}
        ${distributions.join("\n        ")}
      </dcat:Dataset></dcat:dataset>`;
  });

  const service = `<dcat:service><dcat:DataService rdf:about="${escapeXml(absoluteUrl(paths.openApi()))}">
        ${literal("dcterms:title", `${sv.site.name} – ${sv.openData.title}${scope}`)}
        ${resource("dcat:endpointURL", absoluteUrl("/api/v1/"))}
        ${resource("dcat:endpointDescription", absoluteUrl(paths.openApi()))}
        ${publisherRef}
        ${contactPoint(publisher.name)}
        ${common}
        ${datasets.map((d) => resource("dcat:servesDataset", `${catalogueUri}#${d.name}`)).join("\n        ")}
      </dcat:DataService></dcat:service>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
  xmlns:dcterms="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#">
  <dcat:Catalog rdf:about="${escapeXml(catalogueUri)}">
    ${literal("dcterms:title", `${sv.site.name}${scope}`)}
    ${literal("dcterms:description", sv.openData.lead)}
    ${publisherRef}
    ${resource("foaf:homepage", absoluteUrl(paths.openData()))}
    ${resource("dcterms:language", `${EU}/language/SWE`)}
    ${resource("dcterms:license", CC0)}
    ${datasetXml.join("\n    ")}
    ${service}
  </dcat:Catalog>
</rdf:RDF>
`;
}

/** Answers `/api/v1/dcat.rdf[?kommun=<slug>]`. */
export async function dcatResponse(url: URL): Promise<Response> {
  const { values, problems } = parseParams({ kommun: params.kommun }, url.searchParams);
  if (problems.length > 0) return invalidParams(problems);
  const municipality = values.kommun ? await db.municipality.findUnique({ where: { slug: values.kommun }, select: { slug: true, name: true } }) : undefined;
  if (municipality === null) return errorResponse(404, "unknown_municipality", sv.params.kommun);
  return new Response(dcatCatalogue(municipality), { headers: { ...corsHeaders, "Content-Type": "application/rdf+xml; charset=utf-8" } });
}
