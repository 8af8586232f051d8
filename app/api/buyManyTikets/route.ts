import { s1BuyManyTickets } from "@/lib/http/endpoints/s1-hot";
import { nextRoute } from "@/lib/http/next-route";

export const dynamic = "force-dynamic";

// POST /api/buyManyTikets – S1 (lib/http/endpoints/s1-hot.ts; `npm start` serves it before Next's router).
export const POST = nextRoute(s1BuyManyTickets);
