import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// Personal data at rest: AES-256-GCM with a random 96-bit nonce. A sealed
// value reads `v1.<keyId>.<nonce>.<ciphertext>.<tag>` (base64url parts), so
// keys can be rotated: new data is sealed with the first key of
// ENCRYPTION_KEYS, old data opens with whichever key id it names.

type KeyRing = { source: string[]; currentId: string; keys: Map<string, Buffer> };

let ring: KeyRing | undefined;
function keyRing(): KeyRing {
  const source = env().ENCRYPTION_KEYS;
  if (ring?.source !== source) {
    const keys = new Map<string, Buffer>();
    for (const pair of source) {
      const [id, key] = pair.split(":");
      keys.set(id, Buffer.from(key, "base64"));
    }
    ring = { source, currentId: source[0].split(":")[0], keys };
  }
  return ring;
}

export function currentKeyId(): string {
  return keyRing().currentId;
}

/** Thrown when a sealed value was altered or its key is unknown; never shown. */
export class TamperedDataError extends AppError {
  constructor(what: string) {
    super("INTERNAL", `Stored ${what} failed its integrity check`);
    this.name = "TamperedDataError";
  }
}

export function seal(plaintext: string, aad = ""): string {
  const { currentId, keys } = keyRing();
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.get(currentId)!, nonce);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", currentId, nonce.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function open(sealed: string, aad = "", what = "data"): string {
  const parts = sealed.split(".");
  const key = parts.length === 5 && parts[0] === "v1" ? keyRing().keys.get(parts[1]) : undefined;
  if (!key) throw new TamperedDataError(what);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(parts[2], "base64url"));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(parts[4], "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(parts[3], "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new TamperedDataError(what);
  }
}

export const sealOptional = (value: string | null | undefined, aad = "") => (value ? seal(value, aad) : null);
export const openOptional = (value: string | null | undefined, aad = "", what = "data") => (value ? open(value, aad, what) : null);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keyed hash of a normalised e-mail: equal addresses, equal hashes. */
export function emailLookupHash(email: string): string {
  return createHmac("sha256", Buffer.from(env().LOOKUP_HASH_KEY, "base64")).update(normalizeEmail(email)).digest("hex");
}
