import "server-only";
import type { TicketSaleStatus } from "@/lib/generated/prisma/enums";

/** What a buyer sees: CLOSED or SOLD_OUT as set, and SOLD_OUT as well once every place is taken. */
export function ticketAvailability(event: { ticketStatus: TicketSaleStatus; capacity: number | null }, registered: number): TicketSaleStatus {
  if (event.ticketStatus !== "AVAILABLE") return event.ticketStatus;
  return event.capacity !== null && registered >= event.capacity ? "SOLD_OUT" : "AVAILABLE";
}
