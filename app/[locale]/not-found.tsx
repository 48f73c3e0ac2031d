import Link from "next/link";
import type { Metadata } from "next";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = { title: sv.pages.notFound };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{sv.pages.notFound}</h1>
      <p className="mt-4">{sv.pages.notFoundText}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href={paths.home()} className="link">
            {sv.site.home}: {sv.pages.municipalities}
          </Link>
        </li>
        <li>
          <Link href={paths.agenda2030()} className="link">
            {sv.pages.agenda2030}
          </Link>
        </li>
      </ul>
    </div>
  );
}
