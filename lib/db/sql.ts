import "server-only";
import pg from "pg";
import type { DbTx } from "@/lib/db/client";
import { env } from "@/lib/env";

// Prisma's engine-free client spends about a millisecond of this process's
// CPU on every query (measured: ~1.3 ms for a one-row findUnique against
// ~0.12 ms through `pg`). The few queries that run on every request of the
// hottest paths (session lookup, S1 show and seat checks, the public schedule)
// and the sale's own transactions (hold, order; sqlTransaction) go through
// this pool instead; everything else stays in Prisma.

const globalForSql = globalThis as unknown as { tesseraSqlPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForSql.tesseraSqlPool) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    const created = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, idleTimeoutMillis: 10_000 });
    // An idle client that loses its connection must not crash the process; the next query reconnects.
    created.on("error", (error) => console.warn("[sql] idle connection error:", error.message));
    globalForSql.tesseraSqlPool = created;
  }
  return globalForSql.tesseraSqlPool;
}

/** Runs one parameterised statement ($1, $2, …) and returns its rows. */
export async function sql<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const result = await pool().query(text, values);
  return result.rows as Row[];
}

/** A client inside `sqlTransaction`: the same call shape as `sql`. */
export type SqlTx = <Row>(text: string, values?: unknown[]) => Promise<Row[]>;

/**
 * Runs `work` in one transaction on one pooled connection (BEGIN, COMMIT,
 * or ROLLBACK when it throws, then the error again). Keep network calls and
 * heavy CPU work out of `work`: its row locks are held until it returns.
 */
export async function sqlTransaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const tx: SqlTx = async <Row>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as Row[];
    const result = await work(tx);
    await client.query("COMMIT");
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

/** Closes the pool (tests and scripts that end their process cleanly). */
export async function closeSqlPool() {
  const current = globalForSql.tesseraSqlPool;
  globalForSql.tesseraSqlPool = undefined;
  await current?.end();
}
