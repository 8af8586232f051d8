// PGlite, the embedded database, runs every client connection in one
// PostgreSQL session, so what a connection keeps for itself elsewhere is
// shared there: a named prepared statement one connection made "already
// exists" for the next. The embedded server's URL says so with this
// application name, and lib/db/sql.ts then sends its statements unnamed.
export const SHARED_SESSION_APPLICATION = "tessera-embedded";

/** True for a connection URL whose connections share one session (the embedded server's). */
export function sharesOneSession(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === SHARED_SESSION_APPLICATION;
  } catch {
    return false;
  }
}
