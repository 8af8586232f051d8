import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL test for "this seat can be sold now" over `showtime_seats ss` joined
 * to `seats s`: AVAILABLE, or HELD by a hold that has run out (held_until <=
 * now, the rule holdSeats applies); disabled seats never. Shared so the
 * counts and labels on schedules can never disagree.
 */
export function freeSeatCondition(now: Date) {
  return Prisma.sql`NOT s.is_disabled AND (ss.state = 'AVAILABLE' OR (ss.state = 'HELD' AND ss.held_until <= ${now}))`;
}
