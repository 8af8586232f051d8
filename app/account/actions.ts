"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/auth";
import { getSessionActor } from "@/lib/auth/viewer";
import { clientContext } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { changePassword } from "@/lib/services/auth/change-password";
import { revokeOwnSession, revokeUserSessions } from "@/lib/services/auth/sessions";
import { beginTwoFactorSetup, confirmTwoFactor, disableTwoFactor, regenerateBackupCodes } from "@/lib/services/auth/two-factor";
import { confirmEmailChange, deleteOwnAccount, updateProfile } from "@/lib/services/users/user-profile";
import { changePasswordSchema, deleteAccountSchema, disableTwoFactorSchema, emailCodeSchema, twoFactorCodeSchema, updateProfileSchema } from "@/lib/validation/auth";

// Every action is a public endpoint: each one checks the session itself.
async function actorOrThrow() {
  const actor = await getSessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  return { actor, context: clientContext(await headers()) };
}

export async function updateProfileAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    const fields = formObject(data);
    const input = updateProfileSchema.parse({ ...fields, email: fields.email || undefined, password: fields.password || undefined });
    const result = await updateProfile(actor.userId, input, context);
    revalidatePath("/account");
    return result.pendingEmail
      ? { ok: true, step: "confirm-email", message: `We sent a code to ${result.pendingEmail}. Enter it below to switch your address.` }
      : { ok: true, message: "Profile saved." };
  });
}

export async function confirmEmailChangeAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    await confirmEmailChange(actor.userId, emailCodeSchema.parse(formObject(data).code), context);
    revalidatePath("/account");
    return { ok: true, message: "Your e-mail address was changed." };
  });
}

export async function deleteAccountAction(_: FormState, data: FormData): Promise<FormState> {
  const result = await runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    await deleteOwnAccount(actor.userId, deleteAccountSchema.parse(formObject(data)).password, context);
  });
  if (result.ok) await signOut({ redirectTo: "/?deleted=1" });
  return result;
}

export async function changePasswordAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    const fields = formObject(data);
    if (fields.newPassword !== fields.confirmPassword) throw new AppError("BAD_REQUEST", "The passwords do not match", { fieldErrors: { confirmPassword: ["The passwords do not match"] } });
    const { otherSessionsEnded } = await changePassword(actor, changePasswordSchema.parse(fields), context);
    revalidatePath("/account/security");
    return { ok: true, message: `Password changed.${otherSessionsEnded ? ` ${otherSessionsEnded} other session${otherSessionsEnded === 1 ? " was" : "s were"} signed out.` : ""}` };
  });
}

export type TwoFactorSetup = { secret: string; otpauthUri: string; qrCodeDataUrl: string; backupCodes: string[] };

export async function beginTwoFactorAction(_: FormState<TwoFactorSetup>): Promise<FormState<TwoFactorSetup>> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    return { ok: true, data: await beginTwoFactorSetup(actor.userId, context) };
  });
}

export async function confirmTwoFactorAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    await confirmTwoFactor(actor.userId, twoFactorCodeSchema.parse(formObject(data).code), context);
    revalidatePath("/account/security");
    return { ok: true, message: "Two-factor authentication is on." };
  });
}

export async function disableTwoFactorAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    await disableTwoFactor(actor.userId, disableTwoFactorSchema.parse(formObject(data)), context);
    revalidatePath("/account/security");
    return { ok: true, message: "Two-factor authentication is off." };
  });
}

export async function regenerateBackupCodesAction(_: FormState<string[]>, data: FormData): Promise<FormState<string[]>> {
  return runFormAction(async () => {
    const { actor, context } = await actorOrThrow();
    const codes = await regenerateBackupCodes(actor.userId, twoFactorCodeSchema.parse(formObject(data).code), context);
    revalidatePath("/account/security");
    return { ok: true, data: codes, message: "New backup codes: the old ones no longer work." };
  });
}

export async function endSessionAction(sessionId: string): Promise<FormState> {
  return runFormAction(async () => {
    const { actor } = await actorOrThrow();
    if (sessionId === actor.sessionId) throw new AppError("BAD_REQUEST", "Use Sign out to end this session");
    await revokeOwnSession(actor.userId, sessionId);
    revalidatePath("/account/security");
    return { ok: true, message: "Session ended." };
  });
}

export async function endOtherSessionsAction(): Promise<FormState> {
  return runFormAction(async () => {
    const { actor } = await actorOrThrow();
    const count = await revokeUserSessions(actor.userId, "ended-by-user", { keep: actor.sessionId });
    revalidatePath("/account/security");
    return { ok: true, message: count ? `Signed out ${count} other session${count === 1 ? "" : "s"}.` : "There were no other sessions." };
  });
}
