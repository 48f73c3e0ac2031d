import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translate } from "./message";
import type { Locale } from "./routing";

/** The request's translator, in async server components, server actions and route handlers. */
export const getT = async (locale?: Locale): Promise<Translate> => (await getTranslations(locale ? { locale } : undefined)) as unknown as Translate;
