import { LocalizedField } from "@/components/Localized";
import { sectionAnchor } from "@/lib/documents/sections";
import { useT } from "@/lib/i18n/use-t";

type Section = { heading: string; level: number; body: string; translations?: unknown };

const anchor = (s: Section, i: number) => sectionAnchor(s.heading, i);

/** A document's text sections with a table of contents; heading levels follow the source document. Anchors come from the Swedish heading, the same in every language. */
export function DocumentSections({ sections, areasHeading }: { sections: Section[]; areasHeading: string | null }) {
  const t = useT();
  if (sections.length === 0) return null;
  return (
    <>
      <nav aria-labelledby="innehall-rubrik" className="no-print my-6">
        <h2 id="innehall-rubrik" className="text-lg">
          {t("pages.sections")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {sections.map((s, i) =>
            s.level === 2 ? (
              <li key={i}>
                <a href={`#${anchor(s, i)}`} className="link">
                  <LocalizedField record={s} field="heading" note={false} />
                </a>
              </li>
            ) : null,
          )}
          {areasHeading ? (
            <li>
              <a href="#omraden" className="link">
                {areasHeading}
              </a>
            </li>
          ) : null}
        </ol>
      </nav>
      {sections.map((s, i) => {
        const Heading = (s.level === 2 ? "h2" : s.level === 3 ? "h3" : "h4") as "h2" | "h3" | "h4";
        return (
          <section key={i} aria-labelledby={anchor(s, i)}>
            <Heading id={anchor(s, i)} className={s.level === 4 ? "mt-4 font-semibold" : undefined}>
              <LocalizedField record={s} field="heading" note={false} />
            </Heading>
            <LocalizedField record={s} field="body" markdown as="div" />
          </section>
        );
      })}
    </>
  );
}
