// npm test -- every suite, one summary line at the end:
//   1. unit tests (vitest)
//   2. integration tests (vitest) on a fresh PostgreSQL database, or a fresh
//      embedded one where no PostgreSQL answers
//   3. end-to-end tests (Playwright + Debian Chromium) against a production
//      build on its own fresh database
// The last line reads `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, findPostgres } from "../tests/support/database";

type Counts = { passed: number; failed: number };
const results: { suite: string; counts: Counts }[] = [];
const artifacts = path.resolve("e2e/.artifacts");

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitestSuite(project: "unit" | "integration") {
  const report = path.join(artifacts, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const status = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]).status;
  const json = readJson(report) as { numPassedTests?: number; numFailedTests?: number; numTotalTests?: number } | null;
  const counts = json
    ? { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + (status !== 0 && !json.numFailedTests ? 1 : 0) }
    : { passed: 0, failed: 1 }; // the runner itself failed
  results.push({ suite: project, counts });
}

async function e2eSuite() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(
      `\nEnd-to-end tests need Chromium at ${chromium}, which is missing.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium binary. (npx playwright install cannot download browsers here.)\n`,
    );
    results.push({ suite: "e2e (no Chromium)", counts: { passed: 0, failed: 1 } });
    return;
  }

  console.log("\n[test] building the app for the end-to-end tests");
  if (run("npx", ["next", "build"]).status !== 0) {
    results.push({ suite: "e2e (build failed)", counts: { passed: 0, failed: 1 } });
    return;
  }

  const database = await createTestDatabase("tessera_e2e");
  const embeddedDir = mkdtempSync(path.join(os.tmpdir(), "tessera-e2e-"));
  const report = path.join(artifacts, "playwright.json");
  rmSync(report, { force: true });
  try {
    run("npx", ["playwright", "test"], {
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: database.kind === "embedded" ? "4" : "10",
      EMBEDDED_DB_DIR: path.join(embeddedDir, "unused"),
      PLAYWRIGHT_JSON_OUTPUT: report,
      AUTH_SECRET: "e2e-auth-secret-0123456789abcdef0123456789",
      ENCRYPTION_KEYS: `e2e1:${Buffer.alloc(32, 5).toString("base64")}`,
      LOOKUP_HASH_KEY: Buffer.alloc(32, 6).toString("base64"),
      CI: process.env.CI ?? "",
    });
  } finally {
    await database.drop();
    rmSync(embeddedDir, { recursive: true, force: true });
  }
  const json = readJson(report) as { stats?: { expected: number; unexpected: number; flaky: number } } | null;
  results.push({
    suite: "e2e",
    counts: json?.stats ? { passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected } : { passed: 0, failed: 1 },
  });
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  const postgres = await findPostgres();
  console.log(postgres ? `[test] PostgreSQL at ${new URL(postgres).host}` : "[test] no PostgreSQL answered: using the embedded server");

  vitestSuite("unit");
  vitestSuite("integration");
  if (process.env.SKIP_E2E === "1") console.log("[test] SKIP_E2E=1: end-to-end tests skipped");
  else await e2eSuite();

  console.log("\nSuites:");
  for (const { suite, counts } of results) console.log(`  ${suite.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed`);
  const total = results.reduce((t, r) => ({ passed: t.passed + r.counts.passed, failed: t.failed + r.counts.failed }), { passed: 0, failed: 0 });
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
