import type { ReactNode } from "react";

/**
 * The municipality's own Swedish text (a title, a period's name) on an admin page of any language,
 * marked as Swedish (WCAG 3.1.2). Unlike the public pages' Localized, no "only in Swedish" note: the
 * admin shows the Swedish source it edits. Not for names of people, organisations or municipalities.
 */
export function Swedish({ children }: { children: ReactNode }) {
  return <span lang="sv">{children}</span>;
}

/** "Målområde 1: " in the page's language, then the Swedish title. */
export function Labelled({ label, title }: { label: string; title: string }) {
  return (
    <>
      {label}: <Swedish>{title}</Swedish>
    </>
  );
}
