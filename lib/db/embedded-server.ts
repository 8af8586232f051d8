// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served
// over the Postgres wire protocol, so the app uses the same driver adapter as
// with a real server. Exactly one process may own a data directory, so a lock
// file records the owner and a second owner is refused.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { SHARED_SESSION_APPLICATION } from "./shared-session";

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

export const DEFAULT_EMBEDDED_DIR = "./.data/pglite";
export const DEFAULT_EMBEDDED_PORT = 54329;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function acquireLock(lockFile: string) {
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, "utf8").trim());
    if (owner && processAlive(owner)) {
      throw new Error(
        `The embedded database in ${path.dirname(lockFile)} is already served by process ${owner}. ` +
          `Stop it first, or point DATABASE_URL at it.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

export async function startEmbeddedServer(options: { dir?: string; port?: number; host?: string; maxConnections?: number } = {}): Promise<EmbeddedServer> {
  const dir = path.resolve(options.dir ?? DEFAULT_EMBEDDED_DIR);
  const host = options.host ?? "127.0.0.1";
  mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock`;
  acquireLock(lockFile);
  try {
    const db = await PGlite.create(dir);
    const server = new PGLiteSocketServer({ db, host, port: options.port ?? DEFAULT_EMBEDDED_PORT, maxConnections: options.maxConnections ?? 16 });
    await server.start();
    const [, port] = server.getServerConn().split(":");
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable&application_name=${SHARED_SESSION_APPLICATION}`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        rmSync(lockFile, { force: true });
      },
    };
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw error;
  }
}
