// npm run db:migrate -- applies pending migrations (embedded database when
// DATABASE_URL is unset).
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase, loadEnv } from "./lib/bootstrap";

async function main() {
  loadEnv(false);
  const server = await ensureDatabase();
  try {
    const result = await migrate(process.env.DATABASE_URL!, { log: (line) => console.log(`[migrate] ${line}`) });
    console.log(result.applied.length ? `[migrate] ${result.applied.length} applied; now at ${result.current}` : `[migrate] up to date (${result.current})`);
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
