import { z } from "zod";

const trimmedList = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max).default([]);

export const eventKindSchema = z.enum(["FILM", "CONFERENCE"]);
export const eventStatusSchema = z.enum(["UPCOMING", "ONGOING", "COMPLETED", "CANCELLED"]);
export const ticketSaleStatusSchema = z.enum(["AVAILABLE", "SOLD_OUT", "CLOSED"]);
export const currencySchema = z
  .string()
  .length(3, "Use a three-letter currency code")
  .transform((v) => v.toUpperCase());

export const createEventSchema = z
  .object({
    title: z.string().trim().min(1, "Title is required").max(200, "Title must be at most 200 characters"),
    description: z.string().trim().max(20_000).default(""),
    kind: eventKindSchema.default("CONFERENCE"),
    venue: z.string().trim().max(200).optional(),
    startsAt: z.coerce.date({ error: "Enter a valid start date" }),
    endsAt: z.coerce.date({ error: "Enter a valid end date" }).optional(),
    imagePath: z.string().max(500).optional(),
    status: eventStatusSchema.default("UPCOMING"),
    ticketStatus: ticketSaleStatusSchema.default("AVAILABLE"),
    published: z.boolean().default(true),
    speakers: trimmedList(100),
    prize: z.string().trim().max(500).optional(),
    subEvents: trimmedList(100),
    capacity: z.number().int().min(1, "Capacity must be at least 1").max(1_000_000).optional(),
    priceMinor: z.number().int().min(0, "Price cannot be negative").max(100_000_000).default(0),
    currency: currencySchema.default("EUR"),
    durationMinutes: z.number().int().min(1).max(1_000).optional(),
    rating: z.string().trim().max(16).optional(),
    genres: trimmedList(10),
  })
  .refine((e) => !e.endsAt || e.endsAt >= e.startsAt, { path: ["endsAt"], message: "The end must not be before the start" });

export type CreateEventInput = z.input<typeof createEventSchema>;

export const createShowtimeSchema = z
  .object({
    eventId: z.uuid(),
    auditoriumId: z.uuid().optional(),
    startsAt: z.coerce.date({ error: "Enter a valid start time" }),
    endsAt: z.coerce.date().optional(),
    priceMinor: z.number().int().min(0).max(100_000_000).default(0),
    currency: currencySchema.default("EUR"),
    /** Seat-category prices by category name. */
    categoryPrices: z.record(z.string(), z.number().int().min(0).max(100_000_000)).default({}),
    capacity: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((s) => !s.endsAt || s.endsAt > s.startsAt, { path: ["endsAt"], message: "The end must be after the start" })
  .refine((s) => s.auditoriumId || s.capacity, { path: ["capacity"], message: "A showtime without an auditorium needs a capacity" });

export type CreateShowtimeInput = z.input<typeof createShowtimeSchema>;
