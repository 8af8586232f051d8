import "server-only";
import { createElement } from "react";
import type { DbTx } from "@/lib/db/client";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { queueEmail } from "@/lib/services/mail/queue-email";
import { openUserPii } from "@/lib/services/users/user-pii";
import { issueRegistrationTicket } from "./issue-registration-ticket";
import type { LockedEvent } from "./lock-event";

/**
 * Gives free places to the waiting list, first come first served, inside the
 * transaction that locked the event (`lockEvent`). Each promoted user gets a
 * ticket and an e-mail (queued here; the caller delivers after the commit).
 * Returns the outbox ids and the promoted user ids.
 */
export async function promoteWaitlisted(tx: DbTx, event: LockedEvent, now = new Date()) {
  const none = { outboxIds: [] as string[], promotedUserIds: [] as string[] };
  const open = event.status !== "CANCELLED" && event.status !== "COMPLETED" && event.ticketStatus === "AVAILABLE" && event.startsAt > now;
  if (!open) return none;
  const registered = await tx.registration.count({ where: { eventId: event.id, status: "REGISTERED" } });
  const free = event.capacity === null ? undefined : event.capacity - registered;
  if (free !== undefined && free <= 0) return none;
  const waiting = await tx.registration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true, user: { select: { id: true, emailCipher: true, firstNameCipher: true, lastNameCipher: true } } },
  });
  const result = { ...none };
  for (const entry of waiting) {
    await tx.registration.update({ where: { id: entry.id }, data: { status: "REGISTERED" } });
    const ticket = await issueRegistrationTicket(tx, { id: entry.id, eventId: event.id, userId: entry.userId });
    const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(event.startsAt);
    result.outboxIds.push(
      await queueEmail(
        {
          to: openUserPii(entry.user).email,
          subject: `A place opened up: you are registered for ${event.title}`,
          template: "waitlist-promoted",
          body: createElement(NoticeEmail, {
            heading: "You are off the waiting list",
            paragraphs: [
              `A place opened up for ${event.title} (${when} UTC${event.venue ? `, ${event.venue}` : ""}) and it is yours: you are now registered.`,
              `Your ticket code is ${ticket.code}. Your ticket with its QR code is in your account.`,
            ],
          }),
        },
        tx,
      ),
    );
    result.promotedUserIds.push(entry.userId);
  }
  return result;
}
