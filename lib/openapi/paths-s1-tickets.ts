// S1 (cinema API) schedule and ticket endpoints. S1 sends the ticket fields as
// headers; the same fields are accepted in the query string or a JSON/form body.
import { jsonError, type Operation, type PathItem } from "./types";

const tags = ["S1 · Schedule and tickets"];
const str = { type: "string" } as const;
const obj = (properties: Record<string, object>) => ({ type: "object", properties });
const param = (where: "query" | "header", name: string, description: string, required = true) => ({ name, in: where, required, schema: str, description });
const message = (text: string, description = text) => ({
  description,
  content: { "application/json": { schema: obj({ message: str, errors: { type: "object" } }), example: { message: text } } },
});
const ok = (description: string, properties: Record<string, object>) => ({ description, content: { "application/json": { schema: obj({ message: str, ...properties }) } } });

const show = obj({
  time: { type: "string", description: "HH:mm in the venue's time zone" },
  id: { type: "string", description: "Showtime id" },
  startsAt: { type: "string", format: "date-time" },
  auditorium: { type: ["string", "null"] },
  price: { type: "number", description: "In major units (e.g. 9.5)" },
  currency: str,
  freeSeats: { type: "array", items: str, description: "Labels of the seats still free, e.g. A1" },
});
const film = obj({ id: str, title: str, description: { type: ["string", "null"] }, durationMinutes: { type: ["integer", "null"] }, shows: { type: "array", items: show } });
const ticket = obj({
  date: { type: "string", description: "YYYY-MM-DD" },
  title: str,
  time: { type: "string", description: "HH:mm" },
  number: { type: "string", description: "Seat label, e.g. A5" },
  id: { type: "string", description: "Ticket id (also the QR file name)" },
  code: { type: "string", description: "Short ticket code" },
  urltoqr: { type: "string", format: "uri" },
});
const owner = [param("query", "username", "The account's e-mail address (or username)"), param("query", "token", "The session token (also as `token` header, cookie or Bearer)", false)];
const authErrors = {
  "401": message("Wrong token or session expired"),
  "403": message("Email not confirmed"),
  "404": message("User not found", "Unknown user; for purchases also Date / Title / Time / Seat not found"),
};
const header = (name: string, description: string, required = true) => param("header", name, description, required);
const purchase = (summary: string, number: string, item: object): Operation => ({
  tags,
  summary,
  parameters: [
    header("token", "Session token (or query/body/Bearer/cookie)"),
    header("username", "E-mail address or username"),
    header("date", "YYYY-MM-DD"),
    header("title", "Film title (any letter case)"),
    header("time", "HH:mm"),
    header("number", `${number}; leave out when best_available is sent`, false),
    header("best_available", "Addition to S1: instead of number, how many seats the server picks (the best free ones, adjacent when possible, chosen under lock)", false),
    header("payment_method", "Stripe test method; default pm_card_visa with the built-in test provider", false),
  ],
  responses: {
    "200": ok("Ticket bought successfully", { data: item }),
    "400": jsonError("Missing or malformed field"),
    ...authErrors,
    "402": message("Payment declined"),
    "409": message("Seat not found", "A seat is taken (errors.number says which), or best_available found too few free seats; nothing was bought"),
  },
});
const listTickets: Operation = { tags, summary: "The user's tickets, newest show first", parameters: owner, responses: { "200": ok("success", { tikets: { type: "array", items: ticket } }), ...authErrors } };

export const s1TicketPaths: Record<string, PathItem> = {
  "/getDay": {
    get: {
      tags,
      summary: "Films of one day with their shows and free seat labels",
      parameters: [param("query", "date", "YYYY-MM-DD")],
      responses: { "200": ok("success", { day: { type: "array", items: film } }), "400": jsonError("No date"), "404": message("Date not found", "Malformed date or no shows that day") },
    },
  },
  "/fullSchedule": {
    get: {
      tags,
      summary: "getDay for every day with shows, from today for 14 days",
      responses: { "200": ok("success", { schedule: { type: "array", items: obj({ date: str, day: { type: "array", items: film } }) } }) },
    },
  },
  "/buyTicket": { post: purchase("Buy one seat (S1 header parameters)", "Seat label, e.g. A5", ticket) },
  "/buyManyTikets": { post: purchase("Buy several seats of one show, all or nothing", "List of labels, e.g. [A1, A2]", { type: "array", items: { ...ticket, properties: { username: str, ...ticket.properties } } }) },
  "/getTikets": { get: listTickets },
  "/displayTikets": { get: { ...listTickets, summary: "Same as getTikets" } },
  "/tikets/{file}": {
    get: {
      tags,
      summary: "A ticket's QR code (`urltoqr`); the unguessable ticket id is the credential",
      parameters: [{ name: "file", in: "path", required: true, schema: str, description: "<ticketId>.png" }],
      responses: { "200": { description: "PNG image", content: { "image/png": { schema: { type: "string", format: "binary" } } } }, "404": message("Ticket not found") },
    },
  },
};
