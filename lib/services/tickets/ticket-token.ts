import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// What a ticket's QR code holds: "T1.<ticketId>.<code>.<mac>". The door
// scanner verifies the MAC, so a code cannot be guessed or a QR forged from a
// ticket code alone. The key is derived from AUTH_SECRET for this one use.
const VERSION = "T1";

function key(): Buffer {
  return createHmac("sha256", env().AUTH_SECRET).update("ticket-qr").digest();
}

function mac(payload: string): Buffer {
  return createHmac("sha256", key()).update(payload).digest();
}

export function signTicketToken(ticket: { id: string; code: string }): string {
  const payload = `${VERSION}.${ticket.id}.${ticket.code}`;
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The ticket a QR token names, or null when it is malformed or its signature does not match. */
export function verifyTicketToken(token: string): { ticketId: string; code: string } | null {
  const parts = token.trim().split(".");
  if (parts.length !== 4) return null;
  const [version, ticketId, code, signature] = parts;
  if (version !== VERSION || !ticketId || !code || !signature) return null;
  const expected = mac(`${version}.${ticketId}.${code}`);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { ticketId, code };
}
