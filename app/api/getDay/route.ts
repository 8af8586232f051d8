import { s1GetDay } from "@/lib/http/endpoints/s1-hot";
import { nextRoute } from "@/lib/http/next-route";

export const dynamic = "force-dynamic";

// GET /api/getDay?date=YYYY-MM-DD – S1 (lib/http/endpoints/s1-hot.ts; `npm start` serves it before Next's router).
export const GET = nextRoute(s1GetDay);
