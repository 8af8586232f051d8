import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const call = () => GET(new NextRequest("http://localhost/api/health"), { params: Promise.resolve({}) });

describe("GET /api/health", () => {
  it("reports the database and the applied migration", async () => {
    const res = await call();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true, pendingFailed: false } });
    expect(body.database.migration).toMatch(/^\d{14}_/);
  });
});
