import { getUser } from "@/lib/auth/session";
import { downloadContent } from "@/lib/content-sync/commands/download-content";
import { AppError } from "@/lib/errors";

type Context = { params: Promise<{ municipality: string }> };

/** The municipality's content files (the YAML content format) as a zip, for its administrators; 404 for anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const { municipality: m } = await params;
  const user = await getUser();
  const grant = user?.memberships.find((g) => g.municipalitySlug === m);
  if (!grant) return new Response(null, { status: 404 });
  try {
    const { zip } = await downloadContent(user, { municipalityId: grant.municipalityId });
    return new Response(new Uint8Array(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="innehall-${m}.zip"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: 404 });
    throw error;
  }
}
