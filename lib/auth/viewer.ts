import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { clientContext } from "@/lib/http/api-handler";
import type { Viewer, ViewerRole } from "@/lib/navigation";
import { resolveSession, type SessionActor } from "@/lib/services/auth/sessions";
import { auth } from "./auth";

/**
 * The signed-in user of this request, re-checked against the server-side
 * session (revoked, expired, disabled or other device → signed out). Cached
 * per request.
 */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  return resolveSession({ sessionId: session.sid }, clientContext(await headers()));
});

export async function getViewer(): Promise<Viewer> {
  const actor = await getSessionActor();
  return actor ? { id: actor.userId, username: actor.username, role: actor.role } : null;
}

/** For pages and actions that need a user: redirects to sign-in otherwise. */
export async function requireActor(options: { roles?: ViewerRole[]; next?: string } = {}): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin${options.next ? `?next=${encodeURIComponent(options.next)}` : ""}`);
  // The 403 page (app/forbidden.tsx), answered with HTTP status 403.
  if (options.roles && !options.roles.includes(actor.role)) forbidden();
  return actor;
}
