import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

// Prisma's engine-free client spends about a millisecond of this process's
// CPU on every query (measured: ~1.3 ms for a one-row findUnique against
// ~0.12 ms through `pg`). The few queries that run on every request of the
// hottest paths (session lookup, S1 show and seat checks, the public schedule)
// go through this pool instead; everything else, and every write that decides
// availability, stays in Prisma transactions.

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

/** Closes the pool (tests and scripts that end their process cleanly). */
export async function closeSqlPool() {
  const current = globalForSql.tesseraSqlPool;
  globalForSql.tesseraSqlPool = undefined;
  await current?.end();
}
