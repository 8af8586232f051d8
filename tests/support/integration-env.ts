import { inject } from "vitest";

// The fresh database created by global-setup.ts, whatever the shell had set.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = "4";
