"use client";

import { ErrorNotice } from "@/components/ErrorNotice";

/** Any page whose rendering failed, inside the site's own header and footer. */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice retry={retry} />;
}
