import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { Breadcrumbs, type Crumb } from "@/components/Breadcrumbs";
import { adminPaths } from "@/lib/admin-paths";
import { getT } from "@/lib/i18n/server";
import { FLASH_COOKIE, isFlashKey } from "@/lib/admin/flash";
import { FlashBanner } from "./FlashBanner";

/**
 * Breadcrumbs inside a municipality's admin area, and below them the message the last save left for this
 * page. Read here, on the server, so a redirect to the same page (which keeps the client components
 * mounted) shows it too.
 */
export async function AdminTrail({ m, name, trail = [], current }: { m: string; name: string; trail?: Crumb[]; current: ReactNode }) {
  const flash = (await cookies()).get(FLASH_COOKIE)?.value;
  const t = await getT();
  return (
    <>
      <Breadcrumbs
        trail={[{ href: adminPaths.home(), label: t("admin.title") }, { href: adminPaths.municipality(m), label: name }, ...trail]}
        current={current}
      />
      <FlashBanner flash={flash && isFlashKey(flash) ? flash : null} />
    </>
  );
}
