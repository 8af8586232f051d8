import "server-only";
import { openOptional, open, seal, sealOptional, currentKeyId, emailLookupHash } from "@/lib/security/pii";

// Ciphertexts are bound to their user and field (AAD), so one user's sealed
// e-mail cannot be copied into another row and still open.
const aad = (userId: string, field: string) => `user:${userId}:${field}`;

export type PiiFields = { email: string; firstName?: string | null; lastName?: string | null };

export function sealUserPii(userId: string, pii: PiiFields) {
  return {
    emailHash: emailLookupHash(pii.email),
    emailCipher: seal(pii.email, aad(userId, "email")),
    firstNameCipher: sealOptional(pii.firstName, aad(userId, "firstName")),
    lastNameCipher: sealOptional(pii.lastName, aad(userId, "lastName")),
    piiKeyId: currentKeyId(),
  };
}

type SealedRow = { id: string; emailCipher: string; firstNameCipher: string | null; lastNameCipher: string | null };

/** Only the e-mail address, when that is all a caller read (no names to open). */
export function openUserEmail(userId: string, emailCipher: string) {
  return open(emailCipher, aad(userId, "email"), "e-mail");
}

export function openUserPii(row: SealedRow) {
  return {
    email: openUserEmail(row.id, row.emailCipher),
    firstName: openOptional(row.firstNameCipher, aad(row.id, "firstName"), "first name"),
    lastName: openOptional(row.lastNameCipher, aad(row.id, "lastName"), "last name"),
  };
}
