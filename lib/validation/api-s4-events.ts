// Request bodies of S4 ("EventShield") event endpoints, with S4's field names
// (eventName, date, Prize, maxParticipants, Status…), mapped onto the event
// model's names. Status words are accepted in any letter case; "sold out",
// "sold_out", "sold-out" and "soldout" are the same ticket status.
import { z } from "zod";

const words = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase().replace(/[\s-]+/g, "_").replace(/^SOLDOUT$/, "SOLD_OUT") : v);

const status = z.preprocess(words, z.enum(["UPCOMING", "ONGOING", "COMPLETED", "CANCELLED"], { error: "Status must be upcoming, ongoing, completed or cancelled" }));
const ticketStatus = z.preprocess(words, z.enum(["AVAILABLE", "SOLD_OUT", "CLOSED"], { error: "ticketStatus must be available, sold out or closed" }));

/** A list given as a JSON array, or as one comma-separated string (form fields). */
const list = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string().trim().min(1).max(200)).max(100),
);

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** Numbers may arrive as strings from a form. */
const capacity = z.preprocess(
  (v) => (v === "" || v === null ? undefined : typeof v === "string" ? Number(v) : v),
  z.number({ error: "maxParticipants must be a whole number" }).int("maxParticipants must be a whole number").min(1, "maxParticipants must be at least 1").max(1_000_000),
);

const date = z
  .union([z.string(), z.number(), z.date()], { error: "date is required" })
  .pipe(z.coerce.date({ error: "date must be a valid date (YYYY-MM-DD or ISO 8601)" }))
  // Years the database can hold and a person could mean (year 99999 used to be a 500).
  .refine((d) => d.getUTCFullYear() >= 1000 && d.getUTCFullYear() <= 9999, "date must be between the years 1000 and 9999");

const fields = {
  eventName: z.string({ error: "eventName is required" }).trim().min(1, "eventName is required").max(200, "eventName must be at most 200 characters"),
  description: optionalText(20_000),
  date,
  venue: optionalText(200),
  speakers: list,
  Prize: optionalText(500),
  subEvents: list,
  maxParticipants: capacity,
  Status: status,
  ticketStatus,
};

const toModel = (e: Partial<{ [K in keyof typeof fields]: z.output<(typeof fields)[K]> }>) => ({
  title: e.eventName,
  description: e.description,
  startsAt: e.date,
  venue: e.venue,
  speakers: e.speakers,
  prize: e.Prize,
  subEvents: e.subEvents,
  capacity: e.maxParticipants,
  status: e.Status,
  ticketStatus: e.ticketStatus,
});

/** `POST /event/create`: eventName and date are required. */
export const s4CreateEventSchema = z
  .object(fields)
  .partial({ description: true, venue: true, speakers: true, Prize: true, subEvents: true, maxParticipants: true, Status: true, ticketStatus: true })
  .transform((e) => ({ ...toModel(e), title: e.eventName, startsAt: e.date }));

/** `PUT /event/:id`: any subset of the fields; `maxParticipants: null` removes the limit. */
export const s4UpdateEventSchema = z
  .object({ ...fields, maxParticipants: z.union([z.null(), capacity]) })
  .partial()
  .transform((e) => ({ ...toModel({ ...e, maxParticipants: undefined }), capacity: e.maxParticipants }));

/** What an update may change; `endsAt` comes from S3 `end_time` (S4 has no end). */
export type EventChanges = Partial<z.output<typeof s4UpdateEventSchema>> & { imagePath?: string; endsAt?: Date | null };

/** `POST /event/:id/attendance`. */
export const s4AttendanceSchema = z.object({
  userId: z.string({ error: "userId is required" }).trim().min(1, "userId is required"),
  verificationMethod: z.string().trim().max(50).optional(),
});

/** The free-text verification method S4 shows ("QR Code") as a check-in method. */
export function checkInMethodOf(text: string | undefined): "QR_CODE" | "TICKET_CODE" | "MANUAL" {
  if (!text || /manual/i.test(text)) return "MANUAL";
  if (/qr/i.test(text)) return "QR_CODE";
  if (/code|ticket/i.test(text)) return "TICKET_CODE";
  return "MANUAL";
}
