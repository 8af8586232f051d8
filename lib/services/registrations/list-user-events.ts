import "server-only";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/http/errors";
import type { EventActor } from "@/lib/services/events/find-owned-event";

/**
 * The events a user organizes and those they take part in (a place or a
 * waiting-list spot), soonest first (S3 `GET /users/{id}/events`). The user
 * themself or an admin only: whom someone meets is personal.
 */
export async function listUserEvents(actor: EventActor, userId: string) {
  if (actor.userId !== userId && actor.role !== "ADMIN") throw forbidden("You can only list your own events");
  const [organized, registrations] = await Promise.all([
    db.event.findMany({ where: { organizerId: userId }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, legacyId: true, title: true, startsAt: true } }),
    db.registration.findMany({
      where: { userId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      orderBy: [{ event: { startsAt: "asc" } }, { id: "asc" }],
      select: { status: true, createdAt: true, event: { select: { id: true, legacyId: true, title: true, startsAt: true } } },
    }),
  ]);
  return { organized, participated: registrations.map((r) => ({ ...r.event, status: r.status, registeredAt: r.createdAt })) };
}
