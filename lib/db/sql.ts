import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import type { DbTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sharesOneSession } from "./shared-session";

// Prisma's engine-free client spends about a millisecond of this process's
// CPU on every query (measured: ~1.3 ms for a one-row findUnique against
// ~0.12 ms through `pg`). The few queries that run on every request of the
// hottest paths (session lookup, S1 show and seat checks, the public schedule)
// and the sale's own transactions (hold, order; sqlTransaction) go through
// this pool instead; everything else stays in Prisma.

const globalForSql = globalThis as unknown as { tesseraSqlPool?: pg.Pool; tesseraSqlNamed?: boolean };

function pool(): pg.Pool {
  if (!globalForSql.tesseraSqlPool) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    // Named statements, unless the server runs all connections in one session (the embedded one).
    const named = !sharesOneSession(DATABASE_URL);
    // Generic plans: each connection plans a prepared statement once, instead of
    // PostgreSQL's default of five custom plans first (measured: planning the
    // S1 purchase check cost more than running it). These are short OLTP
    // statements on primary keys and small ranges, which generic plans suit.
    const created = new pg.Pool({
      connectionString: DATABASE_URL,
      max: DATABASE_POOL_MAX,
      idleTimeoutMillis: 10_000,
      ...(named ? { options: "-c plan_cache_mode=force_generic_plan" } : {}),
    });
    globalForSql.tesseraSqlNamed = named;
    // An idle client that loses its connection must not crash the process; the next query reconnects.
    created.on("error", (error) => console.warn("[sql] idle connection error:", error.message));
    globalForSql.tesseraSqlPool = created;
  }
  return globalForSql.tesseraSqlPool;
}

// Every statement is prepared once per connection under a name derived from
// its text, so PostgreSQL parses and plans it once instead of on every call
// (the on-sale rush runs the same dozen statements thousands of times).
// Statement texts are constants with $n parameters, so the names stay few.
// Call after pool(): it knows whether the server allows names (shared-session.ts).
const statementNames = new Map<string, string>();

function prepared(text: string, values: unknown[]): pg.QueryConfig {
  if (!globalForSql.tesseraSqlNamed) return { text, values };
  let name = statementNames.get(text);
  if (!name) {
    name = `t${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    if (statementNames.size < 2_000) statementNames.set(text, name);
  }
  return { name, text, values };
}

/** Runs one parameterised statement ($1, $2, …) and returns its rows. */
export async function sql<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const connections = pool();
  const result = await connections.query(prepared(text, values));
  return result.rows as Row[];
}

/**
 * A client inside `sqlTransaction`: the same call shape as `sql`; `onEnd` to
 * run something once the transaction is over (committed or not); and
 * `commitWith` to send the transaction's last statement and its COMMIT
 * together.
 */
export type SqlTx = (<Row>(text: string, values?: unknown[]) => Promise<Row[]>) & {
  onEnd?: (callback: () => void) => void;
  commitWith?: (text: string, values?: unknown[]) => Promise<void>;
};

/**
 * Runs `work` in one transaction on one pooled connection (BEGIN, COMMIT,
 * or ROLLBACK when it throws, then the error again). Keep network calls and
 * heavy CPU work out of `work`: its row locks are held until it returns.
 *
 * Statements sent without waiting for the one before are queued by the
 * connection and sent as soon as the one before is answered, without a turn
 * of the event loop in between: BEGIN goes that way with the first
 * statement, and `commitWith` with COMMIT. Each is still a round trip, and
 * on a busy server a round trip waits for a turn of the event loop:
 * milliseconds, during which the transaction holds its locks.
 * `beginWith`, a statement without parameters (a constant text: it is sent
 * as is), goes in one round trip with BEGIN, before anything of `work`.
 */
export async function sqlTransaction<T>(work: (tx: SqlTx) => Promise<T>, { beginWith }: { beginWith?: string } = {}): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  let committed = false;
  const ended: (() => void)[] = [];
  try {
    // BEGIN can only fail with the connection, and then so does everything queued behind it; `beginWith` fails the transaction.
    const begun = client.query(beginWith ? `BEGIN; ${beginWith}` : "BEGIN");
    const tx: SqlTx = Object.assign(async <Row>(text: string, values: unknown[] = []) => (await client.query(prepared(text, values))).rows as Row[], {
      onEnd: (callback: () => void) => void ended.push(callback),
      commitWith: async (text: string, values: unknown[] = []) => {
        committed = true;
        const [last, commit] = await Promise.allSettled([client.query(prepared(text, values)), client.query("COMMIT")]);
        // After a failed statement PostgreSQL answers COMMIT with a rollback.
        if (last.status === "rejected") throw last.reason;
        if (commit.status === "rejected") throw commit.reason;
      },
    });
    const result = await Promise.all([begun, work(tx)]).then(([, value]) => value);
    if (!committed) await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // A connection that cannot roll back is not given back to the pool.
      broken = true;
    }
    throw error;
  } finally {
    client.release(broken);
    for (const callback of ended) callback();
  }
}

/**
 * Runs one statement in either kind of transaction: a `pg` one (SqlTx) or a
 * Prisma one (DbTx, through $queryRawUnsafe), for the few writes shared by
 * the sale on `pg` and the rarer paths still in Prisma (payments, e-mail).
 */
export function sqlIn<Row>(tx: SqlTx | DbTx, text: string, values: unknown[] = []): Promise<Row[]> {
  return typeof tx === "function" ? tx<Row>(text, values) : tx.$queryRawUnsafe<Row[]>(text, ...values);
}

/**
 * Opens the pool's connections ahead of traffic (the production server calls
 * it at start): a new PostgreSQL backend costs a fork, authentication and
 * catalog lookups, which otherwise land on the first burst of requests.
 */
export async function warmSqlPool() {
  const clients = await Promise.all(Array.from({ length: env().DATABASE_POOL_MAX }, () => pool().connect()));
  // Planning a statement over a table loads the table's and its indexes' catalog entries into the backend: once here, not in the first purchases.
  const warm = WARM_TABLES.map((table) => `SELECT 1 FROM ${table} LIMIT 0`).join("; ");
  await Promise.all(clients.map((client) => client.query(warm)));
  for (const client of clients) client.release();
}

const WARM_TABLES = [
  "users",
  "sessions",
  "events",
  "showtimes",
  "auditoriums",
  "showtime_prices",
  "seat_categories",
  "seats",
  "showtime_seats",
  "seat_holds",
  "orders",
  "order_items",
  "payments",
  "tickets",
  "email_outbox",
];

/** Closes the pool (tests and scripts that end their process cleanly). */
export async function closeSqlPool() {
  const current = globalForSql.tesseraSqlPool;
  globalForSql.tesseraSqlPool = undefined;
  await current?.end();
}
