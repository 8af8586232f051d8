import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two suites: unit tests (no database) and integration tests against a real
// PostgreSQL in a fresh database per run (tests/support/global-setup.ts).
const shared = {
  resolve: {
    alias: {
      "@": root,
      // The marker package throws outside React Server Components; tests run services directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          setupFiles: ["tests/support/test-env.ts"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/test-env.ts", "tests/support/integration-env.ts"],
          // One database per run, shared by the files: run them one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
