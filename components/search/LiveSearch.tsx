"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";

const DELAY_MS = 300;

/**
 * Progressive enhancement of the plain GET search form: while a person types, the address is
 * replaced with the form's current values, so the server renders fresh results and the URL can
 * still be shared or reloaded. Without JavaScript the form simply submits.
 */
export function LiveSearch({ formId }: { formId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    const form = document.getElementById(formId);
    const input = form instanceof HTMLFormElement ? form.elements.namedItem("q") : null;
    if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(name, value.trim());
        const query = params.toString();
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      }, DELAY_MS);
    };
    input.addEventListener("input", update);
    return () => {
      clearTimeout(timer);
      input.removeEventListener("input", update);
    };
  }, [formId, pathname, router]);
  return null;
}
