import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://localhost/db",
  AUTH_SECRET: "x".repeat(40),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
  LOOKUP_HASH_KEY: Buffer.alloc(32, 2).toString("base64"),
};

function issues(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("accepts a complete environment and fills in defaults", () => {
    const env = parseEnv(valid);
    expect(env.APP_TIMEZONE).toBe("UTC");
    expect(env.RATE_LIMIT_API_PER_MINUTE).toBe(100);
    expect(env.LOCKOUT_MINUTES).toBe(30);
    expect(env.ENCRYPTION_KEYS).toHaveLength(1);
  });

  it("names each missing variable", () => {
    const found = issues({});
    expect(found.some((i) => i.startsWith("DATABASE_URL:"))).toBe(true);
    expect(found.some((i) => i.startsWith("AUTH_SECRET:"))).toBe(true);
    expect(found.some((i) => i.startsWith("ENCRYPTION_KEYS:"))).toBe(true);
    expect(found.some((i) => i.startsWith("LOOKUP_HASH_KEY:"))).toBe(true);
  });

  it("names malformed variables", () => {
    expect(issues({ ...valid, DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL: must be a postgres/);
    expect(issues({ ...valid, LOOKUP_HASH_KEY: "c2hvcnQ=" })[0]).toMatch(/^LOOKUP_HASH_KEY: must be 32 bytes/);
    expect(issues({ ...valid, APP_TIMEZONE: "Mars/Olympus" })[0]).toMatch(/^APP_TIMEZONE:/);
    expect(issues({ ...valid, LOCKOUT_MINUTES: "soon" })[0]).toMatch(/^LOCKOUT_MINUTES:/);
    expect(issues({ ...valid, ENCRYPTION_KEYS: "k1:c2hvcnQ=" })[0]).toMatch(/^ENCRYPTION_KEYS/);
    expect(issues({ ...valid, STRIPE_API_BASE: "127.0.0.1:12111" })[0]).toMatch(/^STRIPE_API_BASE:/);
    expect(issues({ ...valid, STRIPE_API_BASE: "ftp://127.0.0.1:12111" })[0]).toMatch(/^STRIPE_API_BASE: must be an http/);
    expect(parseEnv({ ...valid, STRIPE_API_BASE: "http://127.0.0.1:12111" }).STRIPE_API_BASE).toBe("http://127.0.0.1:12111");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...valid, RESEND_API_KEY: "" }).RESEND_API_KEY).toBeUndefined();
  });

  it("reads the rotation list of encryption keys in order", () => {
    const env = parseEnv({ ...valid, ENCRYPTION_KEYS: `new:${Buffer.alloc(32, 3).toString("base64")}, old:${Buffer.alloc(32, 4).toString("base64")}` });
    expect(env.ENCRYPTION_KEYS.map((k) => k.split(":")[0])).toEqual(["new", "old"]);
  });
});
