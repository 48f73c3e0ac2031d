import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localePath } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { adminPaths } from "@/lib/admin-paths";
import { authOptions } from "./options";
import { resolveSession } from "./user-sessions";
import type { SessionUser } from "./types";

/** The signed-in user of this request, or null; checked against the database once per request. */
export const getUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.sid ? resolveSession(session.sid, session.sv) : null;
});

/**
 * For admin pages: the signed-in user, or a redirect to the sign-in page that comes back here; someone
 * who must first turn on two-factor sign-in is sent to do that (can() refuses them everything meanwhile).
 * Both in the page's language (the sign-in page puts `tillbaka` in its own).
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect(`${localePath(await getLocale(), paths.signIn())}?${new URLSearchParams({ tillbaka: returnTo })}`);
  if (user.mustEnrolTotp) redirect(localePath(await getLocale(), adminPaths.twoFactor()));
  return user;
}
