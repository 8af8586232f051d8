import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineStatement, sql, sqlTransaction, type SqlTx } from "./sql";

const insert = `INSERT INTO email_outbox (id, "to", subject, template, html, text) VALUES ($1::uuid, 'tx@example.test', 'sqlTransaction', 'test', '', '')`;
const count = async (id: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_outbox WHERE id = $1::uuid`, [id]))[0].n;

/** A transaction that inserts a row, then `fails`: it rejects with `error`, and the row is not there. */
async function expectRolledBack(fails: (tx: SqlTx) => Promise<unknown>, error: string | RegExp) {
  const id = randomUUID();
  await expect(
    sqlTransaction(async (tx) => {
      await tx(insert, [id]);
      await fails(tx);
    }),
  ).rejects.toThrow(error);
  expect(await count(id)).toBe(0);
}

describe("sqlTransaction", () => {
  it("commits what the work wrote and returns its result", async () => {
    const id = randomUUID();
    expect(await sqlTransaction(async (tx) => (await tx(insert, [id]), "done"))).toBe("done");
    expect(await count(id)).toBe(1);
  });

  it("rolls everything back and throws again when the work throws, and the connection goes on working", async () => {
    await expectRolledBack(async () => {
      throw new Error("refused");
    }, "refused");
    // A failed statement aborts the transaction; the pool's connections stay usable afterwards.
    await expect(sqlTransaction((tx) => tx(`SELECT 1/0`))).rejects.toThrow(/division by zero/);
    expect(await Promise.all(Array.from({ length: 12 }, () => sqlTransaction((tx) => tx<{ one: number }>(`SELECT 1 AS one`))))).toHaveLength(12);
  });

  it("sends beginWith statements with BEGIN and commitWith's with COMMIT, their values written in as literals that read back unchanged", async () => {
    const id = randomUUID();
    const when = new Date("2026-01-02T03:04:05.678Z");
    const strings = ["it's", "back\\slash", 'quo"te', "$1", "{a,b}", "ünïcødé ✓", "", "NULL", "E'x'", "a;b -- c"];
    const list = ["a,b", 'c"d', "e\\f", null, "", "NULL", "}{", "it's"];
    const seen = await sqlTransaction(
      async (tx) => {
        const [[turn], [row]] = (await tx.begun!) as [{ one: number }[], Record<string, unknown>[]];
        await tx.commitWith!(insert, [id]);
        return { turn, row };
      },
      {
        beginWith: [
          { text: "SELECT 1 AS one" },
          {
            text: `SELECT $1::text[] AS strings, $2::text[] AS list, $3::int AS int, $4::float8 AS float, $5::boolean AS yes, $6::timestamptz AS at,
                          $7::text AS missing, $8::int[] AS ints, $9::uuid[] AS none, $10::text AS quote`,
            values: [strings, list, 42, -1.5, true, when, null, [1, 2, 3], [], "it's"],
          },
        ],
      },
    );
    expect(seen.turn).toEqual({ one: 1 });
    expect(seen.row).toEqual({ strings, list, int: 42, float: -1.5, yes: true, at: when, missing: null, ints: [1, 2, 3], none: [], quote: "it's" });
    expect(await count(id)).toBe(1);
  });

  it("rolls back when commitWith's statement fails, and refuses values it cannot write as literals", async () => {
    await expectRolledBack((tx) => tx.commitWith!(`SELECT 1/0`), /division by zero/);
    expect(() => inlineStatement({ text: "SELECT $1", values: [{ a: 1 }] })).toThrow(/cannot write object/);
    expect(() => inlineStatement({ text: "SELECT $1", values: [Number.NaN] })).toThrow(/cannot write number/);
    expect(() => inlineStatement({ text: "SELECT $2", values: [1] })).toThrow(/no value for \$2/);
    expect(inlineStatement({ text: "SELECT $1, $12, $1", values: ["o'k", ...Array(10).fill(null), 7] })).toBe("SELECT 'o''k', '7', 'o''k'");
  });
});
