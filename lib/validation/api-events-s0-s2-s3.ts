// Request shapes of the event, ticket and payment endpoints of S0
// (Django-style), S2 (Express) and S3 (organiser API), with the documents'
// field names, mapped onto the event model's names. One schema per input;
// where two documents share an endpoint, the schema takes both shapes.
import { z } from "zod";

const text = (field: string, max: number) => z.string({ error: `${field} must be text` }).trim().max(max, `${field} must be at most ${max} characters`);

/** A date the database can hold and a person could mean: years 1000 to 9999. */
const dateField = (field: string) =>
  z
    .union([z.string(), z.number()], { error: `${field} must be a date` })
    .pipe(z.coerce.date({ error: `${field} must be a valid date (YYYY-MM-DD or ISO 8601)` }))
    .refine((d) => d.getUTCFullYear() >= 1000 && d.getUTCFullYear() <= 9999, `${field} must be between the years 1000 and 9999`);

/** Numbers may arrive as strings from a form or a query string. */
const numeric = (v: unknown) => (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : v);

const capacity = z.preprocess(
  numeric,
  z.number({ error: "capacity must be a whole number" }).int("capacity must be a whole number").min(1, "capacity must be at least 1").max(1_000_000, "capacity must be at most 1000000"),
);

/** S2/S3 price in major units (12.5 = 12.50); stored in minor units. */
const price = z.preprocess(
  numeric,
  z.number({ error: "price must be a number" }).min(0, "price cannot be negative").max(1_000_000, "price must be at most 1000000").transform((v) => Math.round(v * 100)),
);

const eventFields = z.object({
  name: text("name", 200).optional(),
  title: text("title", 200).optional(),
  date: dateField("date").optional(),
  start_time: dateField("start_time").optional(),
  end_time: dateField("end_time").optional(),
  description: text("description", 20_000).optional(),
  location: text("location", 200).optional(),
  venue: text("venue", 200).optional(),
  capacity: z.union([z.null(), capacity]).optional(),
  price: price.optional(),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, "currency must be a three-letter code such as EUR").optional(),
  organizer_id: z.uuid("organizer_id must be a UUID").optional(),
});

/**
 * `POST /events/create` (S0 `{name, date}`) and `POST /events` (S2
 * `{name, date, …}` or S3 `{title, description, start_time, end_time,
 * location, organizer_id}`). `capacity` and `price` make a general-admission
 * event limited or paid.
 */
export const createCompatEventSchema = eventFields
  .superRefine((e, ctx) => {
    if (!(e.title || e.name)) ctx.addIssue({ code: "custom", path: ["name"], message: "name (or title) is required" });
    if (!(e.date ?? e.start_time)) ctx.addIssue({ code: "custom", path: ["date"], message: "date (or start_time) is required" });
    const start = e.start_time ?? e.date;
    if (start && e.end_time && e.end_time < start) ctx.addIssue({ code: "custom", path: ["end_time"], message: "end_time must not be before start_time" });
  })
  .transform((e) => ({
    event: {
      title: (e.title || e.name) as string,
      description: e.description ?? "",
      startsAt: (e.start_time ?? e.date) as Date,
      endsAt: e.end_time,
      venue: e.location ?? e.venue,
      capacity: e.capacity ?? undefined,
      priceMinor: e.price,
      currency: e.currency,
    },
    organizerId: e.organizer_id,
  }));

/** S3 `PATCH /events/{id}`: any of title, description, start_time, end_time (null clears), location, capacity (null: unlimited). */
export const s3UpdateEventSchema = z
  .object({
    title: text("title", 200).min(1, "title cannot be empty").optional(),
    description: text("description", 20_000).optional(),
    start_time: dateField("start_time").optional(),
    end_time: z.union([z.null(), dateField("end_time")]).optional(),
    location: text("location", 200).optional(),
    capacity: z.union([z.null(), capacity]).optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined), { path: ["title"], message: "Nothing to update: send title, description, start_time, end_time, location or capacity" })
  .transform((e) => ({ title: e.title, description: e.description, startsAt: e.start_time, endsAt: e.end_time, venue: e.location, capacity: e.capacity }));

/** An event id in a body: S0's integer id or a UUID. */
const eventRef = (field: string) =>
  z.union([z.number().int().positive(), z.string().trim().min(1)], { error: `${field} is required` }).transform(String);

/** S0 `POST /event/add/<username>`: the event in the body (API-CONTRACT rule 11). */
export const s0AddUserSchema = z.object({ event_id: eventRef("event_id") });

/** S3 `POST /events/{id}/register`: whom to register (default: the caller). */
export const s3RegisterSchema = z.object({ user_id: z.uuid("user_id must be a UUID").optional() });

const paymentMethod = text("token", 255).min(1, "token is required");

/** S2 `POST /tickets`: `eventId` (or `event_id`, `event`); a paid event also needs a card `token`. */
export const s2CreateTicketSchema = z
  .object({ eventId: eventRef("eventId").optional(), event_id: eventRef("eventId").optional(), event: eventRef("eventId").optional(), token: paymentMethod.optional(), paymentMethod: paymentMethod.optional() })
  .refine((v) => v.eventId ?? v.event_id ?? v.event, { path: ["eventId"], message: "eventId is required" })
  .transform((v) => ({ eventRef: (v.eventId ?? v.event_id ?? v.event) as string, paymentMethod: v.token ?? v.paymentMethod }));

/**
 * S2 `POST /payment`: `amount` in minor units (as Stripe) and the card
 * `token`; the place paid for is `eventId`, or `order_id` / the caller's
 * newest reservation from `POST /tickets`.
 */
export const s2PaymentSchema = z
  .object({
    amount: z.preprocess(numeric, z.number({ error: "amount is required (a number, in minor units)" }).int("amount must be a whole number of minor units (cents)").positive("amount must be positive")),
    token: paymentMethod.optional(),
    paymentMethod: paymentMethod.optional(),
    eventId: eventRef("eventId").optional(),
    event_id: eventRef("eventId").optional(),
    order_id: z.string().trim().optional(),
    orderId: z.string().trim().optional(),
  })
  .refine((v) => v.token ?? v.paymentMethod, { path: ["token"], message: "token is required" })
  .transform((v) => ({ amountMinor: v.amount, paymentMethod: (v.token ?? v.paymentMethod) as string, eventRef: v.eventId ?? v.event_id, orderId: v.order_id ?? v.orderId }));
