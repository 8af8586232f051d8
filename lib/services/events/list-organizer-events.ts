import "server-only";
import { db } from "@/lib/db/client";

/** The events a user organizes, newest first, with places taken and check-ins counted. */
export async function listOrganizerEvents(organizerId: string) {
  const events = await db.event.findMany({
    where: { organizerId },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      venue: true,
      status: true,
      capacity: true,
      publishedAt: true,
      _count: { select: { registrations: { where: { status: "REGISTERED" } }, checkIns: true } },
    },
  });
  return events.map(({ _count, ...event }) => ({ ...event, participantCount: _count.registrations, attendedCount: _count.checkIns }));
}
