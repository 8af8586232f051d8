import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SessionActor } from "@/lib/services/auth/sessions";
import { getSessionActor } from "./viewer";

/**
 * For dashboard pages: signed-out visitors go to sign-in and come back to
 * `next`; a signed-in user without the organizer or admin role gets the
 * 403 page (app/forbidden.tsx, with HTTP status 403) instead of the page.
 */
export async function requireOrganizer(next: string): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin?next=${encodeURIComponent(next)}`);
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") forbidden();
  return actor;
}
