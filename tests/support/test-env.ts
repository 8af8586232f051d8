// Fixed, test-only secrets (never used outside tests). Unit tests get a
// database URL that cannot connect, so they can never touch a real database.
process.env.AUTH_SECRET ??= "test-auth-secret-0123456789abcdef0123456789";
process.env.ENCRYPTION_KEYS ??= `test1:${Buffer.alloc(32, 7).toString("base64")}`;
process.env.LOOKUP_HASH_KEY ??= Buffer.alloc(32, 9).toString("base64");
process.env.DATABASE_URL = "postgresql://unused@127.0.0.1:1/unused";
process.env.APP_TIMEZONE = "UTC";
// Tests read their own writes at once; the schedule cache has its own test.
process.env.SCHEDULE_CACHE_MS = "0";
process.env.SEED_PASSWORD ??= "Tessera-demo-2026";
delete process.env.RESEND_API_KEY;
// Suites send many requests from few addresses: raise the per-IP limits
// (API-CONTRACT rule 13); tests of the limits lower them themselves.
process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
process.env.RATE_LIMIT_LOGIN_FAILURES = "100000";
