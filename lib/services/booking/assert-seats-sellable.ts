import "server-only";
import type { OrderItemKind } from "@/lib/generated/prisma/enums";
import { conflict } from "@/lib/http/errors";
import { isSeatSellable, type SeatAvailability } from "./is-seat-sellable";
import { seatList } from "./seat-list";

export type OrderSeats = {
  holdId: string | null;
  items: { kind: OrderItemKind; seatLabel: string | null; showtimeSeat: (Omit<SeatAvailability, "isDisabled"> & { seat: { isDisabled: boolean } }) | null }[];
};

/** Prisma select for OrderSeats' items. */
export const orderSeatsSelect = {
  kind: true,
  seatLabel: true,
  showtimeSeat: { select: { state: true, holdId: true, heldUntil: true, seat: { select: { isDisabled: true } } } },
} as const;

/**
 * Takes no money for seats that are gone (409 naming them). Fulfilment checks
 * again under lock and refunds if a seat is taken between here and there.
 * General-admission places are checked by fulfilment, under the event lock.
 */
export function assertSeatsSellable(order: OrderSeats, now = new Date()) {
  const lost = order.items
    .filter((i) => i.kind === "SEAT")
    .filter((i) => !isSeatSellable(i.showtimeSeat && { ...i.showtimeSeat, isDisabled: i.showtimeSeat.seat.isDisabled }, order.holdId, now))
    .map((i) => i.seatLabel ?? "?");
  if (lost.length) {
    throw conflict(`Your hold expired and ${seatList(lost).replace(/^S/, "s")} ${lost.length === 1 ? "is" : "are"} no longer available. Please choose your seats again.`);
  }
}
