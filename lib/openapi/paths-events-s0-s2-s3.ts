// Event, ticket and payment endpoints of S0 (Django-style), S2 (Express) and
// S3 (organiser API). Shared paths (`GET|POST /events`) accept both
// documents' shapes and answer the union of their fields.
import { jsonError, type Operation, type PathItem } from "./types";

const S0 = "S0 · Events and billets";
const S2 = "S2 · Events, tickets, payment";
const S3 = "S3 · Events";

const authenticated: Record<string, string[]>[] = [{ bearer: [] }, { tokenCookie: [] }, { tokenHeader: [] }];
const json = (schema: object, example?: unknown) => ({ "application/json": { schema, ...(example === undefined ? {} : { example }) } });
const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const num = { type: "number" } as const;
const nullableStr = { type: ["string", "null"] } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const uuid = { type: "string", format: "uuid" } as const;
const day = { type: "string", format: "date", description: "YYYY-MM-DD in the venue's time zone (APP_TIMEZONE)" } as const;
const obj = (properties: Record<string, object>, required?: string[]) => ({ type: "object", properties, ...(required ? { required } : {}) });
const arr = (items: object) => ({ type: "array", items });
const message = (text: string, extra: Record<string, object> = {}) => ({ description: text, content: json(obj({ message: { const: text }, ...extra }), { message: text }) });
const body = (schema: object, example: unknown) => ({ required: true, content: json(schema, example) });

const unauthenticated = jsonError("No token, or the session was revoked or expired");
const eventNotFound = jsonError("Event not found (unknown or malformed id)");
const eventRef = (name = "id") => ({ name, in: "path" as const, required: true, schema: str, description: "The event's integer id (S0) or UUID" });
const authed = (tags: string[], operation: Omit<Operation, "tags" | "security">): Operation => ({
  tags,
  security: authenticated,
  ...operation,
  responses: { ...operation.responses, "401": unauthenticated },
});

const eventCommon = {
  _id: uuid,
  name: str,
  title: str,
  date: day,
  description: str,
  start_time: dateTime,
  end_time: { type: ["string", "null"], format: "date-time" },
  location: nullableStr,
  organizer_id: { type: ["string", "null"], format: "uuid" },
  capacity: { type: ["integer", "null"], description: "Places; null is unlimited" },
  participant_count: int,
  price: { ...num, description: "In major units (12.5 = 12.50); 0 is free" },
  currency: str,
  created_at: dateTime,
};
const listedEvent = obj({ id: { ...int, description: "S0's integer id" }, ...eventCommon });
const s3Event = obj({ id: uuid, legacy_id: { ...int, description: "S0's integer id" }, ...eventCommon });

const createFields = obj({
  name: { ...str, description: "S0/S2 (or title)" },
  date: { ...str, description: "S0/S2: YYYY-MM-DD or ISO 8601 (or start_time)" },
  title: { ...str, description: "S3 (or name)" },
  description: str,
  start_time: { ...dateTime, description: "S3 (or date)" },
  end_time: dateTime,
  location: str,
  organizer_id: { ...uuid, description: "S3: must be the caller, unless an admin names an organizer or admin" },
  capacity: { ...int, minimum: 1, description: "General-admission places (absent: unlimited)" },
  price: { ...num, minimum: 0, description: "Major units; absent or 0 is a free event" },
  currency: { ...str, description: "Three letters (default EUR)" },
});

const s2Ticket = obj({
  _id: uuid,
  id: uuid,
  code: { ...str, description: "Short ticket code (S0 validate takes it)" },
  status: { type: "string", enum: ["valid", "used", "cancelled", "refunded"] },
  seat: nullableStr,
  event: obj({ _id: uuid, name: str, date: day, start_time: dateTime, location: nullableStr }),
  order_id: { type: ["string", "null"], format: "uuid" },
  qr_code_url: { type: "string", format: "uri" },
  created_at: dateTime,
});
const waitlisted = (what: string) => ({ description: `${what}: the event is full, the caller is on its waiting list`, content: json(obj({ message: str, waitlisted: { const: true }, position: int })) });

const listEvents: Operation = {
  tags: [S0, S2],
  summary: "Every published event, soonest first (S0 'events for a user' and S2 'all events'; token optional)",
  security: [{}, ...authenticated],
  responses: { "200": { description: "The events", content: json(arr(listedEvent), [{ id: 1, _id: "6b1f…", name: "Event 1", date: "2023-05-24" }]) } },
};

const createResponses = {
  "400": jsonError("Invalid data (missing name/title or date/start_time, bad dates, capacity below 1, …) with `errors` per field"),
  "403": jsonError("Only organizers and admins create events; an organizer cannot name another organizer_id"),
};

export const eventCompatPaths: Record<string, PathItem> = {
  "/events": {
    get: listEvents,
    post: authed([S2, S3], {
      summary: "Create an event from S2's {name, date, …} or S3's {title, description, start_time, end_time, location, organizer_id} (organizers and admins)",
      requestBody: body(createFields, { title: "Meetup", description: "Talks", start_time: "2031-09-15T10:00:00Z", end_time: "2031-09-15T12:00:00Z", location: "Main street 1" }),
      responses: { "201": { description: "Created: S3's fields with S2's _id and name beside them", content: json(s3Event) }, ...createResponses },
    }),
  },
  "/events/create": {
    post: authed([S0], {
      summary: "Create an event from S0's {name, date} (organizers and admins)",
      requestBody: body(createFields, { name: "New Event", date: "2023-07-20" }),
      responses: { "201": message("Event created successfully!", { id: { ...int, description: "S0's integer id" }, _id: uuid }), ...createResponses },
    }),
  },
  "/events/{id}": {
    get: authed([S3], {
      summary: "One event (published, or a draft of the caller's)",
      parameters: [eventRef()],
      responses: { "200": { description: "The event", content: json(s3Event) }, "404": eventNotFound },
    }),
    patch: authed([S3], {
      summary: "Change title, description, start_time, end_time (null clears), location or capacity (null: unlimited); the organizer or an admin",
      parameters: [eventRef()],
      requestBody: body(obj({ title: str, description: str, start_time: dateTime, end_time: { type: ["string", "null"], format: "date-time" }, location: str, capacity: { type: ["integer", "null"], minimum: 1 } }), { title: "Updated", location: "New address" }),
      responses: {
        "200": { description: "The changed event with updated_at", content: json(obj({ ...s3Event.properties, updated_at: dateTime })) },
        "400": jsonError("Nothing to update, invalid data, an end before the start, or a capacity below the places given"),
        "403": jsonError("Another organizer's event, or not an organizer"),
        "404": eventNotFound,
      },
    }),
    delete: authed([S3], {
      summary: "Delete an event without sold tickets (the organizer or an admin)",
      parameters: [eventRef()],
      responses: { "200": message("Мероприятие успешно удалено"), "400": jsonError("The event has sold tickets: cancel it instead"), "403": jsonError("Not the event's organizer"), "404": eventNotFound },
    }),
  },
  "/events/{id}/register": {
    post: authed([S3], {
      summary: "Register for a free event: yourself, or (the event's organizer or an admin) the user in user_id",
      parameters: [eventRef()],
      requestBody: { required: false, content: json(obj({ user_id: uuid })) },
      responses: {
        "201": { description: "Registered", content: json(obj({ event_id: uuid, user_id: uuid, status: { const: "registered" }, registration_date: dateTime, ticket: obj({ id: uuid, code: str }) })) },
        "202": { description: "The event is full: on its waiting list", content: json(obj({ event_id: uuid, user_id: uuid, status: { const: "waitlisted" }, position: int, registration_date: dateTime })) },
        "400": jsonError("Already registered, a paid, past, cancelled or closed event, or a malformed user_id"),
        "403": jsonError("Registering someone else without organizing the event"),
        "404": jsonError("Event or user not found"),
      },
    }),
  },
  "/events/{id}/participants": {
    get: authed([S3], {
      summary: "Participants (registered, then the waiting list in order); the organizer or an admin",
      parameters: [eventRef()],
      responses: {
        "200": { description: "The participants", content: json(obj({ event_id: uuid, participants: arr(obj({ user_id: uuid, status: { type: "string", enum: ["registered", "waitlisted"] }, registration_date: dateTime })) })) },
        "403": jsonError("Not the event's organizer"),
        "404": eventNotFound,
      },
    }),
  },
  "/users/{id}/events": {
    get: authed([S3], {
      summary: "The events a user organizes and takes part in (the user themself or an admin)",
      parameters: [{ name: "id", in: "path", required: true, schema: str, description: "A user's UUID, integer id or username" }],
      responses: {
        "200": {
          description: "Organized and participated events",
          content: json(obj({ organized_events: arr(obj({ id: uuid, legacy_id: int, title: str, start_time: dateTime })), participated_events: arr(obj({ id: uuid, legacy_id: int, title: str, start_time: dateTime, status: { type: "string", enum: ["registered", "waitlisted"] }, registration_date: dateTime })) })),
        },
        "403": jsonError("Another user's events"),
        "404": jsonError("User not found"),
      },
    }),
  },
  "/event/remove/{id}": {
    delete: authed([S0], {
      summary: "Remove an event without sold tickets (the organizer or an admin)",
      parameters: [eventRef()],
      responses: { "200": message("Event removed successfully!"), "400": jsonError("The event has sold tickets"), "403": jsonError("Not the event's organizer"), "404": eventNotFound },
    }),
  },
  "/event/join/{id}": {
    post: authed([S0], {
      summary: "Join a free event: a billet, or the waiting list when it is full",
      parameters: [eventRef()],
      responses: {
        "200": message("Successfully joined the event!", { waitlisted: { const: false }, billet: obj({ id: uuid, code: str }) }),
        "202": waitlisted("Not joined yet"),
        "400": jsonError("Already joined, or a paid, past, cancelled or closed event"),
        "404": eventNotFound,
      },
    }),
  },
  "/event/add/{username}": {
    post: authed([S0], {
      summary: "Add a user (by username) to event `event_id` (body); the event's organizer or an admin",
      parameters: [{ name: "username", in: "path", required: true, schema: str }],
      requestBody: body(obj({ event_id: { type: ["integer", "string"], description: "Integer id or UUID" } }, ["event_id"]), { event_id: 1 }),
      responses: {
        "200": message("User added to event!", { waitlisted: { const: false }, billet: obj({ id: uuid, code: str }) }),
        "202": waitlisted("Not added yet"),
        "400": jsonError("Missing event_id, already registered, or a paid, past, cancelled or closed event"),
        "403": jsonError("Not the event's organizer"),
        "404": jsonError("User not found / Event not found"),
      },
    }),
  },
  "/billet/delete/{id}": {
    delete: authed([S0], {
      summary: "Cancel a registration's billet (the holder, the event's organizer or an admin); the place goes to the waiting list",
      parameters: [{ name: "id", in: "path", required: true, schema: str, description: "The billet's integer id or UUID" }],
      responses: {
        "200": message("Billet deleted!"),
        "400": jsonError("A bought ticket (refunds go through the order) or a used one"),
        "403": jsonError("Another person's billet"),
        "404": jsonError("Billet not found (also when already deleted)"),
      },
    }),
  },
  "/tickets": {
    get: authed([S2], {
      summary: "The caller's tickets, each with its event",
      responses: { "200": { description: "Tickets", content: json(arr(s2Ticket)) } },
    }),
    post: authed([S2], {
      summary: "A ticket for eventId: free events at once (or the waiting list); paid ones with a card token (tok_visa, pm_card_visa), or reserved (402) until POST /payment",
      requestBody: body(obj({ eventId: { ...str, description: "UUID or integer id (also event_id)" }, token: { ...str, description: "Card token for a paid event" } }, ["eventId"]), { eventId: "6b1f…" }),
      responses: {
        "201": { description: "The ticket (payment: null for a free event)", content: json(obj({ ...s2Ticket.properties, waitlisted: { const: false }, payment: { type: ["object", "null"], properties: { order_id: uuid, reference: str, amount: int, currency: str } } })) },
        "202": waitlisted("No ticket yet"),
        "400": jsonError("Invalid data (no eventId), already registered, or a past, cancelled or closed event"),
        "402": { description: "A paid event without a token: the place is reserved until expires_at, pay it with POST /payment (or the card was declined: message only)", content: json(obj({ message: str, order_id: uuid, amount: int, currency: str, expires_at: dateTime })) },
        "404": eventNotFound,
        "409": jsonError("This event is sold out"),
      },
    }),
  },
  "/auth/tickets": {
    get: authed([S2], {
      summary: "The authenticated user's tickets, each with its event",
      responses: { "200": { description: "Tickets", content: json(arr(s2Ticket)) } },
    }),
  },
  "/payment": {
    post: authed([S2], {
      summary: "Pay for a place: the caller's reservation from POST /tickets (or order_id), or eventId at once; amount in minor units must be the price",
      description: "Without STRIPE_SECRET_KEY the built-in test provider charges: tok_visa / pm_card_visa succeed, tok_chargeDeclined / pm_card_chargeDeclined answer 402.",
      requestBody: body(obj({ amount: { ...int, description: "Minor units (cents), as Stripe" }, token: str, eventId: { ...str, description: "Buy at once: UUID or integer id (also event_id)" }, order_id: { ...uuid, description: "Which reservation (default: the newest)" } }, ["amount", "token"]), { amount: 2500, token: "tok_visa" }),
      responses: {
        "200": { description: "Paid; the ticket is issued and e-mailed", content: json(obj({ message: { const: "Payment successful" }, success: { const: true }, amount: int, currency: str, order_id: uuid, reference: str, ticket: s2Ticket })) },
        "400": jsonError("Invalid data: missing fields, nothing to pay, an amount other than the price, a free event, an unknown test token, already registered"),
        "402": jsonError("The card was declined"),
        "404": eventNotFound,
        "409": jsonError("This event is sold out"),
      },
    }),
  },
};
