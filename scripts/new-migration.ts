// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that
// turns the schema of the newest migration (its schema.snapshot.prisma) into
// prisma/schema.prisma. Prisma's `migrate dev` needs a native engine that
// cannot be installed here; `migrate diff` between two datamodels works.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}

const dir = path.join("prisma", "migrations");
const latest = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().at(-1);
const from = latest ? ["--from-schema-datamodel", path.join(dir, latest, "schema.snapshot.prisma")] : ["--from-empty"];
const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
if (!sql.replace(/--.*$/gm, "").trim()) {
  console.log("schema.prisma matches the newest migration: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(path.join(target, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", path.join(target, "schema.snapshot.prisma"));
console.log(`wrote ${target}/migration.sql; apply it with npm run db:migrate`);
