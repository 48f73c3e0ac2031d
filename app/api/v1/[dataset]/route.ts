import { errorResponse, readOnlyMethods } from "@/lib/open-data/http";
import { openDataResponse } from "@/lib/open-data/respond";
import { parseRouteParams } from "@/lib/route-params";

// `/api/v1/actions.json`, `/api/v1/actions.csv`…: the open-data lists (lib/open-data/datasets.ts).
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const checked = parseRouteParams(await params);
  return checked ? openDataResponse(checked.dataset, new URL(request.url)) : errorResponse(404, "unknown_dataset", "params.unknownDataset");
}

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
