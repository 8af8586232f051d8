import { s1FullSchedule } from "@/lib/http/endpoints/s1-hot";
import { nextRoute } from "@/lib/http/next-route";

export const dynamic = "force-dynamic";

// GET /api/fullSchedule – S1 (lib/http/endpoints/s1-hot.ts; `npm start` serves it before Next's router).
export const GET = nextRoute(s1FullSchedule);
