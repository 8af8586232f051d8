import "server-only";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { parseBookingInput, releaseHoldSchema } from "@/lib/validation/booking";

/**
 * Ends a hold of the acting user and frees its seats that are still held by
 * it (a seat it lost after expiry stays with its new holder). Releasing an
 * ended hold again changes nothing.
 */
export async function releaseHold(holdId: string, userId: string): Promise<{ released: number }> {
  const data = parseBookingInput(releaseHoldSchema, { holdId, userId });
  const result = await db.$transaction(async (tx) => {
    const [hold] = await tx.$queryRaw<{ id: string; releasedAt: Date | null }[]>`
      SELECT id, released_at AS "releasedAt" FROM seat_holds
      WHERE id = ${data.holdId}::uuid AND user_id = ${data.userId}::uuid
      FOR UPDATE`;
    if (!hold) throw notFound("Hold");
    // Seats in id order, like every other booking transaction.
    const seats = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM showtime_seats WHERE hold_id = ${hold.id}::uuid AND state = 'HELD' ORDER BY id FOR UPDATE`;
    if (seats.length) {
      await tx.showtimeSeat.updateMany({
        where: { id: { in: seats.map((s) => s.id) } },
        data: { state: "AVAILABLE", holdId: null, heldUntil: null },
      });
    }
    if (!hold.releasedAt) await tx.seatHold.update({ where: { id: hold.id }, data: { releasedAt: new Date() } });
    return { released: seats.length };
  });
  if (result.released) invalidatePublicCache();
  return result;
}
