import "server-only";
import { randomUUID } from "node:crypto";
import { db, type DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { hashPassword } from "@/lib/security/password";
import { emailLookupHash } from "@/lib/security/pii";
import { createUserSchema, type CreateUserInput } from "@/lib/validation/users";
import { sealUserPii } from "./user-pii";

/** Creates an account; 409 when the username or e-mail is taken. */
export async function createUser(input: CreateUserInput, tx: DbTx = db) {
  const data = createUserSchema.parse(input);
  const taken = await tx.user.findFirst({
    where: { OR: [{ username: data.username }, { emailHash: emailLookupHash(data.email) }] },
    select: { username: true },
  });
  if (taken) {
    throw new AppError("CONFLICT", taken.username === data.username ? "Username already taken" : "User already exists");
  }
  const id = randomUUID();
  return tx.user.create({
    data: {
      id,
      username: data.username,
      ...sealUserPii(id, data),
      role: data.role,
      passwordHash: await hashPassword(data.password),
      emailConfirmedAt: data.emailConfirmed ? new Date() : null,
    },
    select: { id: true, legacyId: true, username: true, role: true, createdAt: true },
  });
}
