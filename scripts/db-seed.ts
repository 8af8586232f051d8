// npm run db:seed -- loads the demo data (API-CONTRACT rule 9).
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase, ensureSecrets, loadEnv } from "./lib/bootstrap";

async function main() {
  loadEnv(false);
  ensureSecrets();
  const server = await ensureDatabase();
  try {
    await migrate(process.env.DATABASE_URL!);
    const { seedDemoData } = await import("@/lib/services/seed/seed-demo-data");
    const result = await seedDemoData();
    console.log(result.seeded ? `[seed] demo data loaded: ${JSON.stringify(result)}` : "[seed] demo data already present; nothing to do");
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
