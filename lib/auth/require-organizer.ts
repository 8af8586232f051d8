import "server-only";
import { redirect } from "next/navigation";
import type { SessionActor } from "@/lib/services/auth/sessions";
import { getSessionActor } from "./viewer";

/**
 * For dashboard pages: signed-out visitors go to sign-in and come back to
 * `next`; a signed-in user without the organizer or admin role gets null,
 * and the dashboard layout shows them a 403 panel instead of the page.
 */
export async function requireOrganizer(next: string): Promise<SessionActor | null> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin?next=${encodeURIComponent(next)}`);
  return actor.role === "ORGANIZER" || actor.role === "ADMIN" ? actor : null;
}
