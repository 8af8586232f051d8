import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL test for "this seat can be sold now" over `showtime_seats ss` joined
 * to `seats s`: AVAILABLE, or HELD by a hold that has run out (held_until <=
 * `now`, an SQL expression: a placeholder or now()); disabled seats never.
 * Shared by holds, S1's purchase check and every schedule, so they can never
 * disagree.
 */
export const freeSeatSql = (now: string) => `NOT s.is_disabled AND (ss.state = 'AVAILABLE' OR (ss.state = 'HELD' AND ss.held_until <= ${now}))`;

/** freeSeatSql for Prisma's tagged queries, with `now` as its parameter. */
export function freeSeatCondition(now: Date) {
  const [before, after] = freeSeatSql("\u0000").split("\u0000");
  return Prisma.sql([before, after], now);
}
