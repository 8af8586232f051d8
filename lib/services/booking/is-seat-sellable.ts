import "server-only";
import type { SeatState } from "@/lib/generated/prisma/enums";

export type SeatAvailability = { state: SeatState; holdId: string | null; heldUntil: Date | null; isDisabled: boolean };

/**
 * Whether an order made from `holdId` may still take this seat: it is held
 * by that hold, or free (AVAILABLE, or HELD past its expiry). A payment that
 * arrives after the hold expired is honoured while the seat is free.
 */
export function isSeatSellable(seat: SeatAvailability | null | undefined, holdId: string | null, now: Date): boolean {
  if (!seat || seat.isDisabled) return false;
  if (seat.state === "AVAILABLE") return true;
  if (seat.state !== "HELD") return false;
  return (holdId !== null && seat.holdId === holdId) || (seat.heldUntil !== null && seat.heldUntil <= now);
}
