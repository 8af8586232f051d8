import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// A database that does not answer: this file gets its own module registry,
// so the client it creates points at a closed port.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nothing";

describe("GET /api/health with the database down", () => {
  it("answers 503 without leaking the connection details", async () => {
    const { resetEnv } = await import("@/lib/env");
    resetEnv();
    (globalThis as { tesseraDb?: unknown }).tesseraDb = undefined;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("./route");
    const res = await GET(new NextRequest("http://localhost/api/health"), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: "unavailable", database: { reachable: false } });
    expect(text).not.toContain("127.0.0.1");
    log.mockRestore();
  });
});
