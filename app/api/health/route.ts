import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

/** For load balancers and the caching front: 200 when this instance and its database answer, else 503. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
