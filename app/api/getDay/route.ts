import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { getS1Day } from "@/lib/services/schedule/s1-schedule";
import { s1GetDaySchema } from "@/lib/validation/api-s1-tickets";

export const dynamic = "force-dynamic";

// GET /api/getDay?date=YYYY-MM-DD – S1: the day's films with their shows (time, free seat labels); 404 "Date not found".
export const GET = withApi(
  async ({ req }) => {
    const { date } = s1GetDaySchema.parse(await readInput(req));
    return NextResponse.json({ message: "success", day: await getS1Day(date) });
  },
  { auth: "none" },
);
