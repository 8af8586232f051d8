import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sql, sqlTransaction } from "./sql";

const insert = `INSERT INTO email_outbox (id, "to", subject, template, html, text) VALUES ($1::uuid, 'tx@example.test', 'sqlTransaction', 'test', '', '')`;
const count = async (id: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_outbox WHERE id = $1::uuid`, [id]))[0].n;

describe("sqlTransaction", () => {
  it("commits what the work wrote and returns its result", async () => {
    const id = randomUUID();
    expect(await sqlTransaction(async (tx) => (await tx(insert, [id]), "done"))).toBe("done");
    expect(await count(id)).toBe(1);
  });

  it("rolls everything back and throws again when the work throws, and the connection goes on working", async () => {
    const id = randomUUID();
    await expect(
      sqlTransaction(async (tx) => {
        await tx(insert, [id]);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await count(id)).toBe(0);
    // A failed statement aborts the transaction; the pool's connections stay usable afterwards.
    await expect(sqlTransaction((tx) => tx(`SELECT 1/0`))).rejects.toThrow(/division by zero/);
    expect(await Promise.all(Array.from({ length: 12 }, () => sqlTransaction((tx) => tx<{ one: number }>(`SELECT 1 AS one`))))).toHaveLength(12);
  });
});
