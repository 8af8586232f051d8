// Builders for booking tests: a showing with buyers, and time travel for holds.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import type { Attachment } from "@/lib/mail/transport";
import { deliverDueOutbox } from "@/lib/services/mail/deliver-outbox";
import { makeFilmShowing, makeUser } from "./factories";

let day = 0;

/** A distinct far-future start (2032 onwards), so tests never share a day or see a started show. */
export function futureStart(): Date {
  day++;
  return new Date(Date.UTC(2032, 0, 1 + day, 19, 30));
}

/** A showing of `rows` x `seatsPerRow` seats (default A-B x 5, 9.00 EUR each) and `buyers` users. */
export async function makeBookingScene(options: { rows?: string[]; seatsPerRow?: number; buyers?: number } = {}) {
  const showing = await makeFilmShowing({ startsAt: futureStart(), rows: options.rows ?? ["A", "B"], seatsPerRow: options.seatsPerRow ?? 5 });
  const buyers = await Promise.all(Array.from({ length: options.buyers ?? 2 }, () => makeUser()));
  return { ...showing, buyers };
}

/** Moves a hold (and its seats) into the past, as if HOLD_MINUTES had gone by. Nothing else is cleaned up. */
export async function expireHold(holdId: string) {
  const past = new Date(Date.now() - 60_000);
  await db.seatHold.update({ where: { id: holdId }, data: { expiresAt: past } });
  await db.showtimeSeat.updateMany({ where: { holdId }, data: { heldUntil: past } });
  await db.order.updateMany({ where: { holdId }, data: { expiresAt: past } });
}

export const emailOf = (user: { username: string }) => `${user.username}@example.test`;

/** The outbox rows to a user, oldest first, with their attachments typed, after one pass of the outbox worker (which renders and sends the tickets e-mail). */
export async function outboxTo(user: { username: string }, template?: string) {
  await deliverDueOutbox();
  const rows = await db.emailOutbox.findMany({ where: { to: emailOf(user), template }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ ...r, attachments: (r.attachments as Attachment[] | null) ?? [] }));
}

export async function seatStates(showtimeId: string) {
  const rows = await db.showtimeSeat.findMany({ where: { showtimeId }, select: { state: true, holdId: true, heldUntil: true, seat: { select: { label: true } } } });
  return new Map(rows.map((r) => [r.seat.label, r]));
}

/**
 * Asserts what every sale must leave: no seat with two live tickets, and
 * SOLD seats = live tickets = items of PAID orders (as sets, every ticket
 * VALID). Returns the sold seats' labels, sorted.
 */
export async function soldConsistently(showtimeId: string) {
  const tickets = await db.ticket.findMany({ where: { showtimeId }, select: { showtimeSeatId: true, status: true } });
  const sold = await db.showtimeSeat.findMany({ where: { showtimeId, state: "SOLD" }, select: { id: true, seat: { select: { label: true } } } });
  const paidItems = await db.orderItem.findMany({ where: { showtimeId, order: { status: "PAID" } }, select: { showtimeSeatId: true } });
  const seatIds = tickets.map((t) => t.showtimeSeatId);
  expect(new Set(seatIds).size).toBe(tickets.length);
  expect(new Set(sold.map((s) => s.id))).toEqual(new Set(seatIds));
  expect(new Set(paidItems.map((i) => i.showtimeSeatId))).toEqual(new Set(seatIds));
  expect(paidItems).toHaveLength(tickets.length);
  expect(tickets.every((t) => t.status === "VALID")).toBe(true);
  return sold.map((s) => s.seat.label).sort();
}
