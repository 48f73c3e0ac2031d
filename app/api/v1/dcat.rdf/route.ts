import { readOnlyMethods } from "@/lib/open-data/http";
import { dcatResponse } from "@/lib/open-data/dcat";

// The DCAT-AP-SE catalogue for dataportal.se: `/api/v1/dcat.rdf`, or one municipality's with `?kommun=`.
export async function GET(request: Request) {
  return dcatResponse(new URL(request.url));
}

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
