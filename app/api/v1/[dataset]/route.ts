import { readOnlyMethods } from "@/lib/open-data/http";
import { openDataResponse } from "@/lib/open-data/respond";

// `/api/v1/actions.json`, `/api/v1/actions.csv`…: the open-data lists (lib/open-data/datasets.ts).
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return openDataResponse((await params).dataset, new URL(request.url));
}

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
