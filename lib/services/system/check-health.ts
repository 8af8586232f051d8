import "server-only";
import { db } from "@/lib/db/client";

export type Health =
  | { status: "ok"; database: { reachable: true; latencyMs: number; migration: string | null; pendingFailed: boolean } }
  | { status: "unavailable"; database: { reachable: false; error: string } };

/** Database reachability and the newest applied migration. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ migration_name: string | null; failed: bigint }[]>`
      SELECT (SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1) AS migration_name,
             (SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL) AS failed`;
    return {
      status: "ok",
      database: {
        reachable: true,
        latencyMs: Math.round(performance.now() - started),
        migration: rows[0]?.migration_name ?? null,
        pendingFailed: Number(rows[0]?.failed ?? 0) > 0,
      },
    };
  } catch (error) {
    // The reason is logged, not shown: connection strings can carry secrets.
    console.error("[health] database unreachable:", error instanceof Error ? error.message : error);
    return { status: "unavailable", database: { reachable: false, error: "Database unreachable" } };
  }
}
