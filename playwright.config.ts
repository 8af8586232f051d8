import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium against a production build served
// by the launcher (`next start`). `npm test` prepares a fresh database and
// the build; run alone, `npm run test:e2e` uses an embedded database under
// e2e/.artifacts.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/.artifacts/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? "e2e/.artifacts/report.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "npx tsx --conditions=react-server scripts/launch.ts start",
        url: `${baseURL}/api/health`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          APP_URL: baseURL,
          EMBEDDED_DB_DIR: process.env.EMBEDDED_DB_DIR ?? "e2e/.artifacts/pglite",
          EMBEDDED_DB_PORT: process.env.EMBEDDED_DB_PORT ?? "54339",
          DEV_MAILBOX: "1",
          // One test address sends every request: raise the per-IP limits (API-CONTRACT rule 13).
          RATE_LIMIT_API_PER_MINUTE: "100000",
          RATE_LIMIT_LOGIN_FAILURES: "100000",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
});
