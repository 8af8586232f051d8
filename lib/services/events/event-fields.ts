import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields an event's page shows, public and in the dashboard alike (Prisma `select`). */
export const eventPageFields = {
  id: true,
  title: true,
  description: true,
  kind: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  status: true,
  ticketStatus: true,
  speakers: true,
  prize: true,
  subEvents: true,
  capacity: true,
  priceMinor: true,
  currency: true,
  durationMinutes: true,
  rating: true,
  genres: true,
} as const satisfies Prisma.EventSelect;
