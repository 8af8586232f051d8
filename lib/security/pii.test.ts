import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { emailLookupHash, open, seal, TamperedDataError } from "./pii";

const key = (n: number) => Buffer.alloc(32, n).toString("base64");
const original = process.env.ENCRYPTION_KEYS;

afterEach(() => {
  process.env.ENCRYPTION_KEYS = original;
  resetEnv();
});

describe("personal data encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = seal("ada@example.com", "user:1:email");
    expect(sealed).not.toContain("ada");
    expect(sealed.split(".")).toHaveLength(5);
    expect(open(sealed, "user:1:email")).toBe("ada@example.com");
  });

  it("uses a fresh nonce each time", () => {
    expect(seal("same")).not.toBe(seal("same"));
  });

  it("detects a changed ciphertext, tag or nonce", () => {
    const parts = seal("ada@example.com").split(".");
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index], "base64url");
      bytes[0] ^= 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString("base64url");
      expect(() => open(tampered.join("."))).toThrow(TamperedDataError);
    }
  });

  it("refuses a ciphertext moved to another user or field (AAD)", () => {
    const sealed = seal("ada@example.com", "user:1:email");
    expect(() => open(sealed, "user:2:email")).toThrow(TamperedDataError);
  });

  it("opens data sealed under an older key after rotation, seals with the new one", () => {
    process.env.ENCRYPTION_KEYS = `old:${key(1)}`;
    resetEnv();
    const sealedOld = seal("before rotation");
    process.env.ENCRYPTION_KEYS = `new:${key(2)},old:${key(1)}`;
    resetEnv();
    expect(open(sealedOld)).toBe("before rotation");
    expect(seal("after").split(".")[1]).toBe("new");
    process.env.ENCRYPTION_KEYS = `new:${key(2)}`;
    resetEnv();
    expect(() => open(sealedOld)).toThrow(TamperedDataError);
  });

  it("hashes e-mails for lookup, case- and space-insensitively", () => {
    expect(emailLookupHash(" Ada@Example.com ")).toBe(emailLookupHash("ada@example.com"));
    expect(emailLookupHash("ada@example.com")).not.toBe(emailLookupHash("bob@example.com"));
    expect(emailLookupHash("ada@example.com")).toMatch(/^[0-9a-f]{64}$/);
  });
});
