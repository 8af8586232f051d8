import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { randomToken, sha256 } from "@/lib/security/tokens";
import type { RequestContext } from "@/lib/services/audit/record-audit";

// Every way in (web JWT, API bearer token, cookie, S1's token parameter)
// resolves to one row of `sessions`, checked on every request: revoking the
// row ends access at once, wherever the token is.

export type SessionActor = {
  sessionId: string;
  userId: string;
  username: string;
  role: Role;
  emailConfirmed: boolean;
  expiresAt: Date;
};

const TOUCH_EVERY_MS = 60_000;

/** Opens a new session (a new id on every login) and returns its bearer token once. */
export async function createSession(userId: string, context: RequestContext, tx: DbTx = db) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + env().SESSION_MAX_AGE_HOURS * 3_600_000);
  const session = await tx.session.create({
    data: { userId, tokenHash: sha256(token), ip: context.ip.slice(0, 64), userAgent: context.userAgent.slice(0, 512), expiresAt },
    select: { id: true, expiresAt: true },
  });
  return { sessionId: session.id, token, expiresAt: session.expiresAt };
}

export type SessionLookup = { token: string } | { sessionId: string };

/**
 * The live session behind a token or id, or null when it is unknown,
 * revoked, expired (absolute or idle), its user is disabled or locked out by
 * an admin, or it is presented from another device (user agent) than the
 * one it was opened on (and another IP, when SESSION_BIND_IP is set).
 */
export async function resolveSession(lookup: SessionLookup, context: RequestContext): Promise<SessionActor | null> {
  if ("sessionId" in lookup && !/^[0-9a-f-]{36}$/i.test(lookup.sessionId)) return null;
  // Runs on every authenticated request: one statement through `pg` (see lib/db/sql.ts).
  const [session] = await sql<SessionRow>(sessionRowSql("token" in lookup ? "s.token_hash = $1" : "s.id = $1::uuid"), [
    "token" in lookup ? sha256(lookup.token) : lookup.sessionId,
  ]);
  return liveSessionActor(session, context);
}

/** The statement that reads a session row (SessionRow) with its user; `where` names the session, e.g. "s.token_hash = $1". */
export const sessionRowSql = (where: string) =>
  `SELECT s.id, s.user_agent, s.ip, s.expires_at, s.last_seen_at, s.revoked_at,
          u.id AS user_id, u.username, u.role::text AS role, u.email_confirmed_at, u.disabled_at
     FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE ${where}`;

/**
 * resolveSession's checks of a session row read with sessionRowSql (or
 * within a larger statement, as S1's purchase check does): the actor, or
 * null. Marks the session seen at most once a minute.
 */
export async function liveSessionActor(session: SessionRow | undefined | null, context: RequestContext): Promise<SessionActor | null> {
  if (!session?.id || session.revoked_at || session.disabled_at) return null;
  const now = Date.now();
  const { SESSION_IDLE_HOURS, SESSION_BIND_IP } = env();
  if (session.expires_at.getTime() <= now) return null;
  if (session.last_seen_at.getTime() + SESSION_IDLE_HOURS * 3_600_000 <= now) return null;
  if ((session.user_agent ?? "") !== context.userAgent.slice(0, 512)) return null;
  if (SESSION_BIND_IP && session.ip && session.ip !== context.ip) return null;
  if (now - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await sql("UPDATE sessions SET last_seen_at = $2 WHERE id = $1::uuid", [session.id, new Date(now)]).catch(() => {});
  }
  return {
    sessionId: session.id,
    userId: session.user_id,
    username: session.username,
    role: session.role,
    emailConfirmed: Boolean(session.email_confirmed_at),
    expiresAt: session.expires_at,
  };
}

export type SessionRow = {
  id: string;
  user_agent: string | null;
  ip: string | null;
  expires_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  user_id: string;
  username: string;
  role: Role;
  email_confirmed_at: Date | null;
  disabled_at: Date | null;
};

export async function revokeSession(sessionId: string, reason = "logout") {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

/** Ends every session of a user, except `keep` if given. */
export async function revokeUserSessions(userId: string, reason: string, options: { keep?: string } = {}, tx: DbTx = db) {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(options.keep ? { id: { not: options.keep } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/** The user's active sessions, newest activity first. */
export async function listActiveSessions(userId: string) {
  const idleCutoff = new Date(Date.now() - env().SESSION_IDLE_HOURS * 3_600_000);
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() }, lastSeenAt: { gt: idleCutoff } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
}

/** Ends one of the user's own sessions; another user's session is "not found". */
export async function revokeOwnSession(userId: string, sessionId: string) {
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: "ended-by-user" } });
  if (!count) throw new AppError("NOT_FOUND", "Session not found");
}
