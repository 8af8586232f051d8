import { s4ListEvents } from "@/lib/http/endpoints/public-event-lists";
import { nextRoute } from "@/lib/http/next-route";

// GET /api/event – S4: every published event (lib/http/endpoints/public-event-lists.ts; `npm start` serves it before Next's router).
export const GET = nextRoute(s4ListEvents);

// POST /api/event – S4 "Create Event" (section 5, first draft): the same as POST /api/event/create
export { POST } from "./create/route";
