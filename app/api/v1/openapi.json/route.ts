import { openApiDocument } from "@/lib/open-data/openapi";
import { corsHeaders } from "@/lib/open-data/http";

export function GET() {
  return Response.json(openApiDocument(), { headers: corsHeaders });
}
