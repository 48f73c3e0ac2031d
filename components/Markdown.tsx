import { renderMarkdown } from "@/lib/markdown";

/** lang: "sv" for a municipality's text that has no translation, so a Finnish or English page marks it (WCAG 3.1.2). */
export function Markdown({ source, className = "", lang }: { source: string; className?: string; lang?: string }) {
  return <div lang={lang} className={`prose ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
