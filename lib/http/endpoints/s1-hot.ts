import "server-only";
import { cachedJson } from "@/lib/cache/public-cache";
import { jsonAnswer, jsonBytesAnswer, plainApi } from "@/lib/http/plain-api";
import { purchaseOnItsWay } from "@/lib/services/booking/buy-seats-together";
import { buyS1Tickets } from "@/lib/services/schedule/buy-s1-tickets";
import { checkS1Purchase } from "@/lib/services/schedule/check-s1-purchase";
import { getS1Day, getS1FullSchedule } from "@/lib/services/schedule/s1-schedule";
import { s1BuyManyTicketsSchema, s1BuyTicketSchema, s1GetDaySchema, s1HeaderFields, type S1PurchaseInput } from "@/lib/validation/api-s1-tickets";
import type { z } from "zod";

// S1's schedule and purchase endpoints: the requests of an on-sale rush.
// Served as route handlers (app/api/<name>/route.ts) and, by the production
// server, before Next's router (lib/http/hot-api.ts).

/** GET /api/getDay?date=YYYY-MM-DD: the day's films with their shows (time, free seat labels); 404 "Date not found". */
export const s1GetDay = plainApi(
  async ({ req }) => {
    const { date } = s1GetDaySchema.parse(await req.input());
    return jsonBytesAnswer(await cachedJson(`s1:getDay:${date}`, async () => ({ message: "success", day: await getS1Day(date) })));
  },
  { auth: "none" },
);

/** GET /api/fullSchedule: getDay for every day with shows from today (14 days), as `schedule: [{date, day}]`. */
export const s1FullSchedule = plainApi(
  async () => jsonBytesAnswer(await cachedJson("s1:fullSchedule", async () => ({ message: "success", schedule: await getS1FullSchedule() }))),
  { auth: "none" },
);

type S1Ticket = Awaited<ReturnType<typeof buyS1Tickets>>[number];

/**
 * An S1 purchase endpoint: the fields as headers (token, date, title, time,
 * number or best_available, username), else query/body, headers winning; a
 * Bearer or cookie token stands in when no `token` field is sent. Checked
 * (checkS1Purchase), then bought; `answer` shapes the tickets.
 */
function s1Purchase(schema: z.ZodType<S1PurchaseInput, unknown>, answer: (tickets: S1Ticket[], input: S1PurchaseInput) => unknown) {
  return plainApi(
    async ({ req, token, context }) => {
      const input = schema.parse({ token, ...(await req.input()), ...s1HeaderFields(req.header) });
      // Lines of purchases wait for the ones being checked, so a burst is bought together.
      const joined = purchaseOnItsWay();
      const { actor, show } = await checkS1Purchase({ ...input, seatLabels: input.number, bestAvailable: input.best_available }, context).finally(joined);
      const tickets = await buyS1Tickets({ userId: actor.userId, show, seatLabels: input.number, bestAvailable: input.best_available, paymentMethod: input.payment_method });
      return jsonAnswer({ message: "Ticket bought successfully", data: answer(tickets, input) });
    },
    { auth: "none" },
  );
}

/** POST /api/buyTicket: one seat. */
export const s1BuyTicket = s1Purchase(s1BuyTicketSchema, ([ticket]) => ticket);

/** POST /api/buyManyTikets: several seats (`number: [A1, A2]`) of one show, all or nothing. */
export const s1BuyManyTickets = s1Purchase(s1BuyManyTicketsSchema, (tickets, input) => tickets.map((t) => ({ username: input.username, ...t })));
