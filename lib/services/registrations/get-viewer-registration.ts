import "server-only";
import { db } from "@/lib/db/client";

export type ViewerRegistration =
  | {
      status: "REGISTERED";
      ticketId: string | null;
      attended: boolean;
      bought: boolean;
    }
  | { status: "WAITLISTED"; position: number };

/** The viewer's live place or waiting-list spot for an event (with the spot's position), or null. */
export async function getViewerRegistration(
  eventId: string,
  userId: string,
): Promise<ViewerRegistration | null> {
  const registration = await db.registration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: {
      status: true,
      createdAt: true,
      attendedAt: true,
      ticket: { select: { id: true, status: true, orderId: true } },
    },
  });
  if (!registration) return null;
  if (registration.status === "REGISTERED") {
    return {
      status: "REGISTERED",
      ticketId: registration.ticket?.id ?? null,
      attended: Boolean(
        registration.attendedAt || registration.ticket?.status === "USED",
      ),
      // A bought place is given back through a refund, not by cancelling the registration.
      bought: Boolean(registration.ticket?.orderId),
    };
  }
  if (registration.status === "WAITLISTED") {
    const position = await db.registration.count({
      where: {
        eventId,
        status: "WAITLISTED",
        createdAt: { lte: registration.createdAt },
      },
    });
    return { status: "WAITLISTED", position };
  }
  return null;
}
