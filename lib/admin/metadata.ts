import "server-only";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/message";

/** An admin or account page's `generateMetadata`: its title in the reader's language. */
export const titled =
  (key: MessageKey, rest: Omit<Metadata, "title"> = {}) =>
  async (): Promise<Metadata> => ({ ...rest, title: (await getT())(key) });
