import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { EventActor } from "./find-owned-event";
import { ticketAvailability } from "./ticket-availability";

/**
 * One event as a signed-in viewer sees it: published, or a draft of their own
 * (admins see all), with the number of places taken and the viewer's own
 * relation to it (organizer, registered, waitlisted).
 */
export async function getEventDetail(viewer: EventActor, eventId: string) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const visible = viewer.role === "ADMIN" ? {} : { OR: [{ publishedAt: { not: null } }, { organizerId: viewer.userId }] };
  const event = await db.event.findFirst({
    where: { id: eventId, ...visible },
    select: {
      id: true,
      legacyId: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      speakers: true,
      prize: true,
      subEvents: true,
      capacity: true,
      priceMinor: true,
      currency: true,
      status: true,
      ticketStatus: true,
      imagePath: true,
      organizerId: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
      registrations: { where: { userId: viewer.userId }, select: { status: true } },
    },
  });
  if (!event) throw notFound("Event");
  const { _count, registrations, ...rest } = event;
  const mine = registrations[0]?.status;
  return {
    ...rest,
    participantCount: _count.registrations,
    availability: ticketAvailability(event, _count.registrations),
    isOrganizer: event.organizerId === viewer.userId,
    isRegistered: mine === "REGISTERED",
    isWaitlisted: mine === "WAITLISTED",
  };
}
