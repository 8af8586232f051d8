import "server-only";
import { randomBytes } from "node:crypto";

/** No 0/O, 1/I/L: codes are read aloud and typed at the door. */
export const SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * A random code from the unambiguous alphabet (8 characters: about 10^12
 * possibilities). Uniqueness is the database's job; callers retry on a clash.
 */
export function generateShortCode(length = 8): string {
  const alphabet = SHORT_CODE_ALPHABET;
  const bytes = randomBytes(length * 2);
  let code = "";
  // Rejection sampling keeps every character equally likely whatever the alphabet's size.
  const limit = 256 - (256 % alphabet.length);
  for (let i = 0; code.length < length; i++) {
    if (i >= bytes.length) return code + generateShortCode(length - code.length);
    if (bytes[i] < limit) code += alphabet[bytes[i] % alphabet.length];
  }
  return code;
}
