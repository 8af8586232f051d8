import "server-only";
import { AppError } from "@/lib/http/errors";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { resolveSession, type SessionActor } from "@/lib/services/auth/sessions";
import { getUserIdOrThrow } from "@/lib/services/users/get-user-id-or-throw";

/**
 * S1's ticket endpoints name the user (`username`, an e-mail or username)
 * and prove it with `token`. In S1's order: 404 "User not found", 401 "Wrong
 * token or session expired" (no token, or one that is not a live session of
 * *that* user on this device), 403 "Email not confirmed".
 */
export async function authorizeS1User(input: { username: string; token?: string | null }, context: RequestContext): Promise<SessionActor> {
  const userId = await getUserIdOrThrow(input.username);
  return assertS1Actor(userId, input.token ? await resolveSession({ token: input.token }, context) : null);
}

/** The 401 and 403 of authorizeS1User, for the user S1 named and the session the token resolved to. */
export function assertS1Actor(userId: string, actor: SessionActor | null): SessionActor {
  if (!actor || actor.userId !== userId) throw new AppError("UNAUTHENTICATED", "Wrong token or session expired");
  if (!actor.emailConfirmed) throw new AppError("FORBIDDEN", "Email not confirmed");
  return actor;
}
