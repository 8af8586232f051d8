import { z } from "zod";
import { eventKindSchema, eventStatusSchema, ticketSaleStatusSchema } from "./events";

// The organizer dashboard's forms. They post strings (FormData), so each
// schema reads the form's own shapes: "2026-05-01T19:30" for times (wall
// clock in APP_TIMEZONE, turned into an instant by the action), "12.50" for
// prices, one list entry per line. The same schema runs in the browser and
// on the server.

const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalText = (max: number, label: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, `${label} must be at most ${max} characters`).optional());

export const wallClockSchema = (label: string) =>
  z.string({ error: `Enter the ${label}` }).trim().min(1, `Enter the ${label}`).regex(DATETIME_LOCAL, `Enter a valid ${label}`);

const optionalWallClock = (label: string) => z.preprocess(emptyToUndefined, wallClockSchema(label).optional());

/** "12.50" or "12,50" → 1250 minor units; empty is free. */
export const moneySchema = z.preprocess(
  (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? "0" : v),
  z
    .string()
    .trim()
    .regex(/^\d{1,7}([.,]\d{1,2})?$/, "Enter an amount like 12.50")
    .transform((v) => Math.round(Number(v.replace(",", ".")) * 100)),
);

const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${label} must be a whole number` })
      .int(`${label} must be a whole number`)
      .min(min, `${label} must be at least ${min}`)
      .max(max, `${label} must be at most ${max.toLocaleString("en")}`)
      .optional(),
  );

/** A textarea or comma list → trimmed, non-empty entries. */
const listSchema = (label: string, max: number, separator: RegExp) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(separator).map((s) => s.trim()).filter(Boolean) : (v ?? [])),
    z.array(z.string().max(200, `Each ${label} must be at most 200 characters`)).max(max, `At most ${max} ${label}s`),
  );

export const currencyFieldSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "Use a three-letter currency code, like EUR")
  .transform((v) => v.toUpperCase());

export const eventFormSchema = z
  .object({
    title: z.string({ error: "Title is required" }).trim().min(1, "Title is required").max(200, "Title must be at most 200 characters"),
    description: z.string().trim().max(20_000, "Description must be at most 20,000 characters").default(""),
    kind: eventKindSchema.default("CONFERENCE"),
    venue: optionalText(200, "Venue"),
    startsAt: wallClockSchema("start date and time"),
    endsAt: optionalWallClock("end date and time"),
    speakers: listSchema("speaker", 100, /\r?\n/),
    prize: optionalText(500, "Prize"),
    subEvents: listSchema("sub-event", 100, /\r?\n/),
    capacity: optionalInt("Capacity", 1, 1_000_000),
    price: moneySchema,
    currency: currencyFieldSchema.default("EUR"),
    status: eventStatusSchema.default("UPCOMING"),
    ticketStatus: ticketSaleStatusSchema.default("AVAILABLE"),
    durationMinutes: optionalInt("Duration", 1, 1000),
    rating: optionalText(16, "Rating"),
    genres: listSchema("genre", 10, /,/),
    removeImage: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
  })
  .refine((e) => !e.endsAt || e.endsAt >= e.startsAt, { path: ["endsAt"], message: "The end must not be before the start" });

export type EventFormValues = z.output<typeof eventFormSchema>;

/** Showtime form: category prices arrive as `categoryPrice.<categoryId>` fields. */
export const showtimeFormSchema = z
  .preprocess(
    (raw) => {
      if (!raw || typeof raw !== "object") return raw;
      const out: Record<string, unknown> = { categoryPrices: {} };
      for (const [key, value] of Object.entries(raw)) {
        if (key.startsWith("categoryPrice.")) (out.categoryPrices as Record<string, unknown>)[key.slice("categoryPrice.".length)] = value;
        else out[key] = value;
      }
      return out;
    },
    z.object({
      eventId: z.uuid("Unknown event"),
      showtimeId: z.preprocess(emptyToUndefined, z.uuid().optional()),
      startsAt: wallClockSchema("start date and time"),
      endsAt: optionalWallClock("end date and time"),
      auditoriumId: z.preprocess(emptyToUndefined, z.uuid("Choose an auditorium").optional()),
      price: moneySchema,
      currency: currencyFieldSchema.default("EUR"),
      capacity: optionalInt("Capacity", 1, 1_000_000),
      categoryPrices: z.record(z.string(), moneySchema).default({}),
    }),
  )
  .refine((s) => !s.endsAt || s.endsAt > s.startsAt, { path: ["endsAt"], message: "The end must be after the start" })
  .refine((s) => s.auditoriumId || s.capacity, { path: ["capacity"], message: "Without an auditorium, enter a capacity" });

export type ShowtimeFormValues = z.output<typeof showtimeFormSchema>;

export const dashboardEventsQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const eventIdFormSchema = z.object({ eventId: z.uuid("Unknown event") });
export const showtimeIdFormSchema = z.object({ eventId: z.uuid("Unknown event"), showtimeId: z.uuid("Unknown showtime") });
export const attendanceFormSchema = z.object({ eventId: z.uuid("Unknown event"), userId: z.uuid("Unknown participant") });
export const publishFormSchema = z.object({ eventId: z.uuid("Unknown event"), published: z.enum(["true", "false"]).transform((v) => v === "true") });
