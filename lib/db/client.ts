import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Secrets never leave the database unless a service asks for them by name
// (`omit: { passwordHash: false }`).
const omitSecrets = {
  user: { passwordHash: true, twoFactorSecretCipher: true, twoFactorPendingCipher: true },
  backupCode: { codeHash: true },
  oneTimeCode: { codeHash: true },
  session: { tokenHash: true },
} as const;

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, idleTimeoutMillis: 10_000 });
  // Generous waits: the embedded database runs one query at a time, so a
  // transaction may queue behind others under load.
  return new PrismaClient({ adapter, omit: omitSecrets, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

export type Db = ReturnType<typeof createClient>;
/** The client or an interactive-transaction client (which lacks these methods). */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { tesseraDb?: Db };

function client(): Db {
  // Cached on globalThis so hot reloads in development reuse the pool.
  globalForDb.tesseraDb ??= createClient();
  return globalForDb.tesseraDb;
}

/**
 * The one Prisma client. Created on first use, not at import, so `next
 * build` can load modules without a database or its environment.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
