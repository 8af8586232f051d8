// Request shapes of S1's schedule and ticket endpoints (cinema API). S1 sends
// the ticket parameters as HEADERS (`token`, `date`, `title`, `time`,
// `number`, `username`); the same fields are accepted in the query string or
// a JSON/form body, the header winning. `number` is a seat label (`A5`), or
// for buyManyTikets a list such as `[A1, A2]` (brackets and quotes optional).
import { z } from "zod";
import { MAX_SEATS_PER_HOLD } from "./booking";

/** The fields S1 may send as headers. */
export const S1_TICKET_HEADERS = ["token", "date", "title", "time", "number", "best_available", "username", "payment_method"] as const;

/** The S1 header fields present on a request, for merging over query/body input. */
export function s1HeaderFields(header: Headers | ((name: string) => string | null | undefined)): Record<string, string> {
  const get = typeof header === "function" ? header : (name: string) => header.get(name);
  const picked: Record<string, string> = {};
  for (const name of S1_TICKET_HEADERS) {
    const value = get(name)?.trim();
    // A standard HTTP `Date` header ("Tue, 15 Apr 2031 10:00:00 GMT") is not S1's show date.
    if (value && !(name === "date" && /GMT$/i.test(value))) picked[name] = value;
  }
  return picked;
}

const required = (field: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z.string({ error: `Send the ${field}` }).trim().min(1, `Send the ${field}`).max(max, `The ${field} is at most ${max} characters`),
  );

/** "[A1, 'A2', \"a3\"]", "A1,A2", "A1 A2" or a JSON array: upper-cased labels, duplicates dropped. */
export function parseSeatList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(String) : String(value ?? "").replace(/^\s*\[|\]\s*$/g, "").split(/[,;\s]+/);
  const labels = parts.map((p) => p.trim().replace(/^["']+|["']+$/g, "").trim().toUpperCase()).filter(Boolean);
  return [...new Set(labels)];
}

const seatList = (max: number) =>
  z
    .unknown()
    .transform(parseSeatList)
    .pipe(
      z
        .array(z.string().max(16, "A seat label is at most 16 characters"))
        .min(1, "Send the seat in number (a label such as A5)")
        .max(max, max === 1 ? "Send one seat in number; buyManyTikets buys several" : `You can buy at most ${max} seats at a time`),
    );

/** `token` + `username`: who asks (getTikets, displayTikets and both purchases). */
export const s1TicketOwnerSchema = z.object({
  username: required("username", 320),
  token: z.string().trim().max(512).nullish().transform((v) => v || undefined),
});

// An addition to S1: `best_available: N` instead of `number` lets the server
// choose the N best free seats (adjacent when it can) under the same lock that
// sells them, so clients racing for a show do not all pick the same seats.
const purchase = (maxSeats: number) => {
  // Built once per endpoint: constructing a zod schema costs more than parsing with it.
  const labels = seatList(maxSeats);
  return s1TicketOwnerSchema
    .extend({
      date: required("date", 32),
      title: required("title", 300),
      time: required("time", 16),
      number: z.unknown().optional(),
      best_available: z.coerce
        .number({ error: "best_available is a number of seats" })
        .int("best_available is a whole number of seats")
        .min(1, "best_available is at least 1")
        .max(maxSeats, maxSeats === 1 ? "buyTicket buys one seat: best_available must be 1" : `You can buy at most ${maxSeats} seats at a time`)
        .optional(),
      // S1 sends no card: the built-in test provider charges `pm_card_visa` unless one is named.
      payment_method: z.string().trim().max(255).optional().transform((v) => v || undefined),
    })
    .transform((input, ctx) => {
      if (input.best_available !== undefined) {
        if (input.number !== undefined && input.number !== "") {
          ctx.addIssue({ code: "custom", path: ["number"], message: "Send either number or best_available, not both" });
          return z.NEVER;
        }
        return { ...input, number: [] as string[] };
      }
      const parsed = labels.safeParse(input.number);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["number"], message: issue.message });
        return z.NEVER;
      }
      return { ...input, number: parsed.data };
    });
};

/** `POST /buyTicket`: one seat. */
export const s1BuyTicketSchema = purchase(1);
/** `POST /buyManyTikets`: up to MAX_SEATS_PER_HOLD seats, all or nothing. */
export const s1BuyManyTicketsSchema = purchase(MAX_SEATS_PER_HOLD);

export type S1PurchaseInput = z.output<typeof s1BuyManyTicketsSchema>;

/** `GET /getDay?date=YYYY-MM-DD` (a malformed date is S1's 404 "Date not found", decided by the service). */
export const s1GetDaySchema = z.object({ date: required("date", 32) });

/** `GET /tikets/<ticketId>.png`. */
export const s1QrFileSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/i)
  .transform((file) => file.slice(0, -4).toLowerCase());
