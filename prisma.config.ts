// Prisma CLI configuration. The CLI runs without Prisma's native engines
// (they cannot be downloaded here): the client is engine-free and the CLI
// talks to PostgreSQL through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// `prisma generate` needs a URL but never connects.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString, idleTimeoutMillis: 100 }),
});
