import type { MarkedText as Parts } from "@/lib/search/marked";

/** Text with the matched words marked; every part is escaped by React, never inserted as HTML. */
export function MarkedText({ parts }: { parts: Parts }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="bg-amber-100 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
