import { openApiDocument } from "@/lib/open-data/openapi";
import { corsHeaders, readOnlyMethods } from "@/lib/open-data/http";

export function GET() {
  return Response.json(openApiDocument(), { headers: corsHeaders });
}

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
