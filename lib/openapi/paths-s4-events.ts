// S4 (EventShield) event endpoints: listing, creation, management,
// registration with a waiting list, participants and attendance.
import { jsonError, type Operation, type PathItem } from "./types";

const tags = ["S4 · Events"];
const bearer: Record<string, string[]>[] = [{ bearer: [] }, { tokenCookie: [] }];

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const date = { type: "string", format: "date-time" };
const uuid = { type: "string", format: "uuid" };
const bool = { type: "boolean" };
const int = { type: "integer" };
const strList = { type: "array", items: str };
const status = { type: "string", enum: ["upcoming", "ongoing", "completed", "cancelled"] };
const ticketStatus = { type: "string", enum: ["available", "sold out", "closed"] };
const obj = (properties: Record<string, object>, required?: string[]) => ({ type: "object", properties, ...(required ? { required } : {}) });
const arr = (items: object) => ({ type: "array", items });
const ok = (description: string, properties: Record<string, object>) => ({
  description,
  content: { "application/json": { schema: obj({ success: { const: true }, message: str, ...properties }, ["success"]) } },
});

const idParam = { name: "id", in: "path" as const, required: true, schema: uuid, description: "Event ID" };
const unauthenticated = jsonError("No token, or its session is revoked, expired or opened with another user agent");
const eventNotFound = jsonError("Event not found (also for a malformed id)");

const eventFields = {
  eventName: str,
  description: str,
  date: { type: "string", description: "YYYY-MM-DD or ISO 8601" },
  venue: str,
  speakers: strList,
  Prize: str,
  subEvents: strList,
  maxParticipants: { type: ["integer", "null"], minimum: 1 },
  Status: { type: "string", description: "upcoming, ongoing, completed or cancelled (any case)" },
  ticketStatus: { type: "string", description: "available, sold out (or sold_out) or closed (any case)" },
};
const eventBody = (required?: string[]) => ({
  required: true,
  content: {
    "multipart/form-data": { schema: obj({ data: { type: "string", description: "The event fields as a JSON object" }, img: { type: "string", format: "binary", description: "PNG, JPEG or WebP, at most 5 MB" } }, ["data"]) },
    "application/json": { schema: obj(eventFields, required) },
  },
});

const detail = obj({
  _id: uuid, eventName: str, description: str, date, venue: nullableStr, speakers: strList, Prize: nullableStr, subEvents: strList,
  maxParticipants: { type: ["integer", "null"] }, Status: status, ticketStatus, image: nullableStr,
  isOrganizer: bool, isRegistered: bool, isWaitlisted: bool, participantCount: int,
  decryptedData: obj({ eventName: str, description: str }),
});

const authed = (operation: Omit<Operation, "tags" | "security">): Operation => ({
  tags,
  security: bearer,
  ...operation,
  responses: { ...operation.responses, "401": unauthenticated },
});

const create: Operation = authed({
  summary: "Create an event (organizers and admins; multipart `data` + optional `img`, or JSON)",
  requestBody: eventBody(["eventName", "date"]),
  responses: {
    "201": ok("Created", { event: obj({ id: uuid, _id: uuid, eventName: str, date, venue: nullableStr, Status: status }) }),
    "400": jsonError("Invalid data (with `errors` per field), malformed `data` JSON, or an image that is not PNG/JPEG/WebP or exceeds 5 MB"),
    "403": jsonError("Only organizers and admins can create events"),
  },
});

export const s4EventPaths: Record<string, PathItem> = {
  "/event": {
    get: {
      tags,
      summary: "Published events (public); the organizer's e-mail only for admins and that organizer, null otherwise",
      responses: {
        "200": ok("Events", {
          data: arr(obj({
            _id: uuid, eventName: str, description: str, date, venue: nullableStr, Status: status, ticketStatus,
            maxParticipants: { type: ["integer", "null"] }, participantCount: int, image: nullableStr,
            createdBy: { type: ["object", "null"], properties: { firstname: nullableStr, lastname: nullableStr, email: nullableStr } },
          })),
        }),
      },
    },
    post: { ...create, summary: "Same as POST /event/create (S4 section 5 draft)" },
  },
  "/event/create": { post: create },
  "/event/{id}": {
    get: authed({
      summary: "One event with the viewer's relation to it (S4 by UUID; also S0's GET /event/<int:id>, whose id, name and date are added at the top level)",
      parameters: [{ ...idParam, schema: { type: "string" }, description: "Event UUID, or S0's integer id" }],
      responses: { "200": ok("The event", { event: detail, id: { type: "integer", description: "S0's integer id" }, name: str, date: { type: "string", format: "date" } }), "404": eventNotFound },
    }),
    put: authed({
      summary: "Change an event (its organizer or an admin); any subset of the fields; a larger capacity lets the waiting list in",
      parameters: [idParam],
      requestBody: eventBody(),
      responses: {
        "200": ok("Updated", { event: detail }),
        "400": jsonError("Invalid data, or maxParticipants below the places already given"),
        "403": jsonError("Only event organizer can update this event"),
        "404": eventNotFound,
      },
    }),
    delete: authed({
      summary: "Delete an event (its organizer or an admin) with its registrations",
      parameters: [idParam],
      responses: {
        "200": ok("Deleted", {}),
        "400": jsonError("The event has sold tickets: cancel it instead"),
        "403": jsonError("Only event organizer can delete this event"),
        "404": eventNotFound,
      },
    }),
  },
  "/event/{id}/register": {
    post: authed({
      summary: "Register for a free event (a ticket), or join its waiting list when it is full (202)",
      parameters: [idParam],
      responses: {
        "200": ok("Registered", { waitlisted: { const: false }, ticket: obj({ ticketId: uuid, code: str, eventName: str, eventDate: date, venue: nullableStr, encryptedTicketData: { type: "string", description: "The signed QR token" } }) }),
        "202": ok("Waitlisted", { waitlisted: { const: true }, position: int, ticket: { type: "null" } }),
        "400": jsonError("Already registered; event cancelled, past, closed, sold per showtime, or paid (\"This event needs a ticket purchase\")"),
        "404": eventNotFound,
      },
    }),
    delete: authed({
      summary: "(Addition) Cancel my registration or leave the waiting list; the first waitlisted user takes the place and is e-mailed",
      parameters: [idParam],
      responses: { "200": ok("Cancelled", {}), "400": jsonError("Already attended"), "404": jsonError("Event or registration not found") },
    }),
  },
  "/event/my/registered": {
    get: authed({
      summary: "My registrations (places and waiting-list spots) with tickets",
      responses: {
        "200": ok("My registrations", {
          events: arr(obj({
            eventId: uuid, eventName: str, description: str, date, venue: nullableStr, Status: status, registrationStatus: { type: "string", enum: ["registered", "waitlisted"] },
            registeredAt: date, attended: bool, ticketId: { type: ["string", "null"] },
            ticket: { type: ["object", "null"], properties: { ticketId: uuid, code: str, status: str, userName: str, userEmail: str, eventName: str, qrCode: str } },
          })),
        }),
      },
    }),
  },
  "/event/my/created": {
    get: authed({
      summary: "Events I organize",
      responses: {
        "200": ok("My events", { events: arr(obj({ _id: uuid, eventName: str, date, venue: nullableStr, Status: status, participantCount: int, attendedCount: int, maxParticipants: { type: ["integer", "null"] }, published: bool })) }),
      },
    }),
  },
  "/event/{id}/participants": {
    get: authed({
      summary: "Participants, waiting list and attendance records (the event's organizer or an admin)",
      parameters: [idParam],
      responses: {
        "200": ok("Participants", {
          event: obj({ eventName: str, date, totalParticipants: int, attended: int, maxParticipants: { type: ["integer", "null"] }, waitlisted: int }),
          participants: arr(obj({ userId: uuid, name: str, email: str, registeredAt: date, attended: bool, ticketId: { type: ["string", "null"] } })),
          waitingList: arr(obj({ userId: uuid, name: str, email: str, registeredAt: date, position: int })),
          attendanceRecords: arr(obj({ userId: uuid, checkInTime: date, verificationMethod: { type: "string", enum: ["QR Code", "Ticket Code", "Manual"] } })),
        }),
        "403": jsonError("Only event organizer can view participants"),
        "404": eventNotFound,
      },
    }),
  },
  "/event/{id}/attendance": {
    post: authed({
      summary: "Mark a registered participant as attended (the event's organizer or an admin); once per registration",
      parameters: [idParam],
      requestBody: { required: true, content: { "application/json": { schema: obj({ userId: uuid, verificationMethod: str }, ["userId"]), example: { userId: "3f1c2a9e-6a1b-4a59-9d4e-0a8b7c6d5e4f", verificationMethod: "QR Code" } } } },
      responses: {
        "200": ok("Marked", { participant: obj({ userId: uuid, attended: bool, checkInTime: date, verificationMethod: str }) }),
        "400": jsonError("userId missing, or attendance already marked"),
        "403": jsonError("Only event organizer can mark attendance"),
        "404": jsonError("Participant not registered for event (or event not found)"),
      },
    }),
  },
  "/user/events/registered": {
    get: authed({
      summary: "My registrations, as S4's account section shows them",
      responses: { "200": ok("My registrations", { registeredEvents: arr(obj({ eventId: uuid, eventName: str, date, registeredAt: date, attended: bool, ticketId: { type: ["string", "null"] }, status: str })) }) },
    }),
  },
};
