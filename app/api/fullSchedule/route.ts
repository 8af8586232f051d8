import { withApi } from "@/lib/http/api-handler";
import { cachedJson, jsonResponse } from "@/lib/cache/public-cache";
import { getS1FullSchedule } from "@/lib/services/schedule/s1-schedule";

export const dynamic = "force-dynamic";

// GET /api/fullSchedule – S1: getDay for every day with shows from today (14 days), as `schedule: [{date, day}]`.
export const GET = withApi(
  async () => jsonResponse(await cachedJson("s1:fullSchedule", async () => ({ message: "success", schedule: await getS1FullSchedule() }))),
  { auth: "none" },
);
