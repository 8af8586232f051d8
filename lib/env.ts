// Typed environment. Parsed once; a missing or malformed variable stops the
// app at boot with a message that names it (see instrumentation.ts).
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (the launcher sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_MAX: positiveInt(10),
  APP_URL: z.url().default("http://localhost:3000"),
  APP_TIMEZONE: z
    .string()
    .default("UTC")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/Paris"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  /** "keyId:base64key" pairs, comma-separated; the first seals new data. */
  ENCRYPTION_KEYS: z
    .string()
    .transform((raw) => raw.split(",").map((pair) => pair.trim()).filter(Boolean))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]+$/, "each entry must be keyId:base64key")
            .refine((pair) => Buffer.from(pair.split(":")[1], "base64").length === 32, "each key must be 32 bytes"),
        )
        .min(1, "needs at least one keyId:base64key entry"),
    ),
  LOOKUP_HASH_KEY: base64Key,
  MAIL_FROM: z.string().default("Tessera <tickets@tessera.local>"),
  RESEND_API_KEY: z.string().optional(),
  DEV_MAILBOX: bool.default(false),
  SEED_PASSWORD: z.string().min(8).default("Tessera-demo-2026"),
  UPLOADS_DIR: z.string().default("./.data/uploads"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Another host for Stripe's API (tests point it at a loopback fake), e.g. http://127.0.0.1:12111. */
  STRIPE_API_BASE: z
    .url()
    .refine((v) => /^https?:\/\//.test(v), "must be an http:// or https:// URL")
    .optional(),
  REDIS_URL: z.string().optional(),
  RATE_LIMIT_API_PER_MINUTE: positiveInt(100),
  RATE_LIMIT_LOGIN_FAILURES: positiveInt(5),
  LOCKOUT_THRESHOLD: positiveInt(5),
  LOCKOUT_MINUTES: positiveInt(30),
  HOLD_MINUTES: positiveInt(10),
  /** How long a computed public schedule (S1 getDay/fullSchedule) is served again; 0 computes every time. */
  SCHEDULE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Absolute lifetime of a session, and how long it survives without use. */
  SESSION_MAX_AGE_HOURS: positiveInt(24 * 7),
  SESSION_IDLE_HOURS: positiveInt(24),
  /** Refuse a session token presented from another IP address than it was created from. */
  SESSION_BIND_IP: bool.default(false),
  OUTBOX_POLL_SECONDS: positiveInt(15),
  /** How often overdue orders are marked expired and unsent refunds retried. */
  PAYMENTS_POLL_SECONDS: positiveInt(30),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed environment, so the next env() reads process.env again (tests). */
export function resetEnv() {
  cached = undefined;
}

/** The dev mailbox exists outside production, or when DEV_MAILBOX=1. */
export function devMailboxEnabled(): boolean {
  const e = env();
  return e.NODE_ENV !== "production" || e.DEV_MAILBOX;
}
