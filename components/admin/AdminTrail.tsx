import { Breadcrumbs, type Crumb } from "@/components/Breadcrumbs";
import { adminPaths } from "@/lib/admin/paths";
import { sv } from "@/lib/i18n/sv";
import { FlashBanner } from "./FlashBanner";

/** Breadcrumbs inside a municipality's admin area, and below them the message the last save left for this page. */
export function AdminTrail({ m, name, trail = [], current }: { m: string; name: string; trail?: Crumb[]; current: string }) {
  return (
    <>
      <Breadcrumbs
        trail={[{ href: adminPaths.home(), label: sv.admin.title }, { href: adminPaths.municipality(m), label: name }, ...trail]}
        current={current}
      />
      <FlashBanner />
    </>
  );
}
