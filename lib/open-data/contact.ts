import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isInventedMunicipality } from "@/lib/scale/synthetic";

const EMAIL = /(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/;

/** The first e-mail address in a municipality's contact text (Markdown), or null. */
export const emailInContact = (contact: string | null) => contact?.match(EMAIL)?.[1] ?? null;

/**
 * The e-mail address of the open-data catalogue's contact point, which DCAT-AP-SE requires:
 * OPEN_DATA_CONTACT_EMAIL, else the municipality's own from its contact text; for the whole portal's
 * catalogue, the first municipality's (by address) that has one. Null when there is none at all
 * (`npm start` warns about that).
 */
export async function openDataContactEmail(municipalitySlug?: string): Promise<string | null> {
  if (env.OPEN_DATA_CONTACT_EMAIL) return env.OPEN_DATA_CONTACT_EMAIL;
  const contacts = await db.municipality.findMany({
    where: { slug: municipalitySlug, contact: { not: null } },
    orderBy: { slug: "asc" },
    select: { contact: true },
  });
  return contacts.map((m) => emailInContact(m.contact)).find((e) => e !== null) ?? null;
}

/** Municipalities whose catalogue has no contact e-mail: none when OPEN_DATA_CONTACT_EMAIL is set. */
export async function municipalitiesWithoutContactEmail(): Promise<string[]> {
  if (env.OPEN_DATA_CONTACT_EMAIL) return [];
  const all = await db.municipality.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, contact: true } });
  // An invented municipality publishes no catalogue of its own (dcat.ts), so it needs no contact.
  return all.filter((m) => !isInventedMunicipality(m.slug) && emailInContact(m.contact) === null).map((m) => m.name);
}
