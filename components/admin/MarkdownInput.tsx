"use client";

import { useEffect, useId, useRef, useState, type ComponentProps } from "react";
import { useT } from "@/lib/i18n/use-t";

type Props = Omit<ComponentProps<"textarea">, "defaultValue"> & { defaultValue: string; preview?: (markdown: string) => Promise<string> };

/**
 * A Markdown text area with a live preview beside it, rendered on the server by the same sanitising
 * renderer the public pages use, so what the editor sees is what residents will see.
 */
export function MarkdownInput({ defaultValue, preview, ...textarea }: Props) {
  const t = useT();
  const [source, setSource] = useState(defaultValue);
  const [html, setHtml] = useState("");
  const previewId = useId();
  const latest = useRef(0);

  useEffect(() => {
    if (!preview) return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      void preview(source).then((rendered) => {
        if (request === latest.current) setHtml(rendered);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [source, preview]);

  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <textarea {...textarea} defaultValue={defaultValue} rows={10} className="input w-full font-mono text-sm" onChange={(e) => setSource(e.target.value)} />
      {preview ? (
        <section aria-labelledby={previewId} className="rounded border border-dashed border-slate-300 p-3">
          <h3 id={previewId} className="mt-0 text-sm font-semibold text-slate-700">
            {t("admin.form.preview")}
          </h3>
          {/* The text's own language: a translation's, else the municipality's Swedish. */}
          <div className="prose text-sm" lang={textarea.lang ?? "sv"} dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      ) : null}
    </div>
  );
}
