import "server-only";
import { cachedJson } from "@/lib/cache/public-cache";
import { jsonAnswer, jsonBytesAnswer, plainApi } from "@/lib/http/plain-api";
import { buyS1Tickets } from "@/lib/services/schedule/buy-s1-tickets";
import { checkS1Purchase } from "@/lib/services/schedule/check-s1-purchase";
import { getS1Day, getS1FullSchedule } from "@/lib/services/schedule/s1-schedule";
import { s1BuyManyTicketsSchema, s1BuyTicketSchema, s1GetDaySchema, s1HeaderFields } from "@/lib/validation/api-s1-tickets";

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

/** POST /api/buyTicket: one seat; fields as headers (token, date, title, time, number, username), else query/body. */
export const s1BuyTicket = plainApi(
  async ({ req, token, context }) => {
    // Headers win over query/body; a Bearer or cookie token stands in when no `token` field is sent.
    const input = s1BuyTicketSchema.parse({ token, ...(await req.input()), ...s1HeaderFields(req.header) });
    const { actor, show } = await checkS1Purchase({ ...input, seatLabels: input.number, bestAvailable: input.best_available }, context);
    const [ticket] = await buyS1Tickets({ userId: actor.userId, show, seatLabels: input.number, bestAvailable: input.best_available, paymentMethod: input.payment_method });
    return jsonAnswer({ message: "Ticket bought successfully", data: ticket });
  },
  { auth: "none" },
);

/** POST /api/buyManyTikets: several seats (`number: [A1, A2]`) of one show, all or nothing. */
export const s1BuyManyTickets = plainApi(
  async ({ req, token, context }) => {
    const input = s1BuyManyTicketsSchema.parse({ token, ...(await req.input()), ...s1HeaderFields(req.header) });
    const { actor, show } = await checkS1Purchase({ ...input, seatLabels: input.number, bestAvailable: input.best_available }, context);
    const tickets = await buyS1Tickets({ userId: actor.userId, show, seatLabels: input.number, bestAvailable: input.best_available, paymentMethod: input.payment_method });
    return jsonAnswer({ message: "Ticket bought successfully", data: tickets.map((t) => ({ username: input.username, ...t })) });
  },
  { auth: "none" },
);
