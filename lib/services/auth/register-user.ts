import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { badRequest } from "@/lib/http/errors";
import { passwordWeakness } from "@/lib/security/password-policy";
import { recordAudit, type RequestContext } from "@/lib/services/audit/record-audit";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { createUser } from "@/lib/services/users/create-user";
import { registerSchema, type RegisterInput } from "@/lib/validation/auth";
import { queueConfirmationCode } from "./email-confirmation";

/** A username from the e-mail's local part when a document's signup has none (S4). */
function usernameFromEmail(email: string) {
  const base = email.split("@")[0].toLowerCase().replace(/[^a-z0-9._-]/g, "").slice(0, 40) || "user";
  return `${base.length < 3 ? `${base}user` : base}-${randomBytes(3).toString("hex")}`;
}

/**
 * Signs a new user up: policy-checked password (argon2id), encrypted personal
 * data, and a confirmation code e-mailed in the same transaction.
 * 409 "User already exists" when the e-mail or username is taken.
 */
export async function registerUser(input: RegisterInput, context: RequestContext) {
  const data = registerSchema.parse(input);
  const username = data.username ?? usernameFromEmail(data.email);
  const weakness = await passwordWeakness(data.password, [username, data.email, data.firstName ?? "", data.lastName ?? "", "tessera"]);
  if (weakness) throw badRequest(weakness, { password: [weakness] });
  const { user, outboxId } = await db.$transaction(async (tx) => {
    const user = await createUser({ ...data, username, role: "USER" }, tx);
    const outboxId = await queueConfirmationCode(user.id, tx);
    await recordAudit({ action: "user.registered", actorId: user.id, targetType: "user", targetId: user.id, context }, tx);
    return { user, outboxId };
  });
  await deliverOutbox({ ids: [outboxId] });
  return user;
}
