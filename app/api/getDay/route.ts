import { readInput, withApi } from "@/lib/http/api-handler";
import { cachedJson, jsonResponse } from "@/lib/cache/public-cache";
import { getS1Day } from "@/lib/services/schedule/s1-schedule";
import { s1GetDaySchema } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// GET /api/getDay?date=YYYY-MM-DD – S1: the day's films with their shows (time, free seat labels); 404 "Date not found".
export const GET = withApi(
  async ({ req }) => {
    const { date } = s1GetDaySchema.parse(await readInput(req));
    return jsonResponse(await cachedJson(`s1:getDay:${date}`, async () => ({ message: "success", day: await getS1Day(date) })));
  },
  { auth: "none" },
);
