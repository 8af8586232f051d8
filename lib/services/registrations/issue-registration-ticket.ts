import "server-only";
import type { DbTx } from "@/lib/db/client";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";

/**
 * A new VALID ticket for a registration that just got its place. A ticket
 * left from an earlier, cancelled registration is unlinked (it stays
 * CANCELLED), so a re-registration never revives an old QR code. Code
 * clashes surface as P2002 on `code`; callers run their transaction again.
 */
export async function issueRegistrationTicket(tx: DbTx, registration: { id: string; eventId: string; userId: string }) {
  await tx.ticket.updateMany({ where: { registrationId: registration.id }, data: { registrationId: null } });
  return tx.ticket.create({
    data: { code: generateShortCode(8), eventId: registration.eventId, userId: registration.userId, registrationId: registration.id, status: "VALID" },
    select: { id: true, code: true },
  });
}
