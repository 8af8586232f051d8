// npm run db:server -- serves the embedded database on its own, e.g. for
// psql or for `npm run dev` in another terminal with DATABASE_URL set.
import { DEFAULT_EMBEDDED_DIR, DEFAULT_EMBEDDED_PORT, startEmbeddedServer } from "@/lib/db/embedded-server";

async function main() {
  const server = await startEmbeddedServer({
    dir: process.env.EMBEDDED_DB_DIR ?? DEFAULT_EMBEDDED_DIR,
    port: Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT),
  });
  console.log(`embedded database ready: ${server.url}`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
