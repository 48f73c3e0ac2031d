import { useTranslations } from "next-intl";
import type { Translate } from "./message";

/** The translator in components that are not async, on the server or in the browser (lib/i18n/server.ts for the rest). */
export const useT = (): Translate => useTranslations() as unknown as Translate;
