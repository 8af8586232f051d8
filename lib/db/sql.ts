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
 * run something once the transaction is over (committed or not);
 * `commitWith` to send the transaction's last statement and its COMMIT in
 * one round trip; and `begun`, the rows of each `beginWith` statement.
 */
export type SqlTx = (<Row>(text: string, values?: unknown[]) => Promise<Row[]>) & {
  onEnd?: (callback: () => void) => void;
  commitWith?: (text: string, values?: unknown[]) => Promise<void>;
  begun?: Promise<unknown[][]>;
};

/** A statement with $1, $2, … and their values. */
export type Statement = { text: string; values?: unknown[] };

/**
 * The statement with its values written into it as SQL literals, for the
 * simple query protocol, which carries several statements in one round trip
 * but no parameters. Each value becomes what the extended protocol would
 * have sent as a text parameter, quoted by pg's escapeLiteral (an untyped
 * literal, typed by its context as a parameter is): strings, finite numbers,
 * booleans, Dates (ISO 8601), null, and flat arrays of those (PostgreSQL's
 * array syntax). Anything else is refused.
 */
export function inlineStatement({ text, values = [] }: Statement): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new Error(`inlineStatement: no value for $${n}`);
    const value = values[index];
    return value === null || value === undefined ? "NULL" : pg.escapeLiteral(Array.isArray(value) ? arrayText(value) : scalarText(value));
  });
}

function scalarText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString();
  throw new Error(`inlineStatement: cannot write ${typeof value} as a literal`);
}

/** A one-dimensional PostgreSQL array literal: every element double-quoted (backslash and quote escaped), NULL unquoted. */
function arrayText(values: unknown[]): string {
  const elements = values.map((v) => (v === null || v === undefined ? "NULL" : `"${scalarText(v).replace(/[\\"]/g, "\\$&")}"`));
  return `{${elements.join(",")}}`;
}

/**
 * Runs `work` in one transaction on one pooled connection (BEGIN, COMMIT,
 * or ROLLBACK when it throws, then the error again). Keep network calls and
 * heavy CPU work out of `work`: its row locks are held until it returns.
 *
 * Statements sent without waiting for the one before are queued by the
 * connection and sent as soon as the one before is answered, without a turn
 * of the event loop in between: BEGIN goes that way with the first
 * statement. Each is still a round trip, and on a busy server a round trip
 * waits for a turn of the event loop: milliseconds, during which the
 * transaction holds its locks. Two things take none of their own:
 * `beginWith` statements go with BEGIN in one simple query (their values
 * written in, inlineStatement; their rows in `tx.begun`), each seeing what
 * committed before it began, and `commitWith` sends the last statement and
 * COMMIT the same way. Neither is a prepared statement: PostgreSQL plans
 * them each time, so keep them for transactions that are few and hot.
 */
export async function sqlTransaction<T>(work: (tx: SqlTx) => Promise<T>, { beginWith = [] }: { beginWith?: Statement[] } = {}): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  let committed = false;
  const ended: (() => void)[] = [];
  try {
    // BEGIN can only fail with the connection, and then so does everything queued behind it; a `beginWith` statement fails the transaction.
    const begun = beginWith.length
      ? client.query(["BEGIN", ...beginWith.map(inlineStatement)].join(";\n")).then((results) => (results as unknown as pg.QueryResult[]).slice(1).map((r) => r.rows))
      : client.query("BEGIN").then(() => []);
    // Rejections reach the caller through Promise.all below; `tx.begun` is for rows.
    begun.catch(() => {});
    const tx: SqlTx = Object.assign(async <Row>(text: string, values: unknown[] = []) => (await client.query(prepared(text, values))).rows as Row[], {
      onEnd: (callback: () => void) => void ended.push(callback),
      commitWith: async (text: string, values: unknown[] = []) => {
        committed = true;
        // After a failed statement PostgreSQL skips the COMMIT; the catch below rolls back.
        await client.query(`${inlineStatement({ text, values })};\nCOMMIT`);
      },
      begun,
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
