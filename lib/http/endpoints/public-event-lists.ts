import "server-only";
import { cachedJson } from "@/lib/cache/public-cache";
import { jsonAnswer, jsonBytesAnswer, plainApi } from "@/lib/http/plain-api";
import { listedEventJson } from "@/lib/http/views/compat-event";
import { s4ListedEvent } from "@/lib/http/views/s4-event";
import { listPublishedEvents } from "@/lib/services/events/list-published-events";

// The public event lists: read by every visitor of an app built on the seed
// APIs. The anonymous answer is the same for everyone, so it comes from the
// public cache. Served as route handlers (app/api/event, app/api/events) and,
// by the production server, before Next's router (lib/http/hot-api.ts).

type Viewer = Parameters<typeof listPublishedEvents>[0];

const s4List = async (viewer: Viewer) => ({ success: true, message: "Events retrieved successfully", data: (await listPublishedEvents(viewer)).map(s4ListedEvent) });
const compatList = async (viewer: Viewer) => (await listPublishedEvents(viewer)).map((e) => listedEventJson({ ...e, organizerId: e.organizer?.id ?? null }));

/** GET /api/event – S4: every published event (public; organizer e-mails only for admins and the organizer). */
export const s4ListEvents = plainApi(
  async ({ actor }) => (actor ? jsonAnswer(await s4List(actor)) : jsonBytesAnswer(await cachedJson("s4:events", () => s4List(null)))),
  { auth: "optional", envelope: "s4" },
);

/** GET /api/events – S0 "events for a user" and S2 "all events": every published event, soonest first (token optional). */
export const compatListEvents = plainApi(
  async ({ actor }) => (actor ? jsonAnswer(await compatList(actor)) : jsonBytesAnswer(await cachedJson("s2:events", () => compatList(null)))),
  { auth: "optional" },
);
