"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { getSessionActor } from "@/lib/auth/viewer";
import { clientContext } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { confirmEmail, sendConfirmationCode } from "@/lib/services/auth/email-confirmation";
import { login, LOGIN_ERRORS } from "@/lib/services/auth/login";
import { requestPasswordReset, resetPassword } from "@/lib/services/auth/password-reset";
import { registerUser } from "@/lib/services/auth/register-user";
import { revokeSession } from "@/lib/services/auth/sessions";
import { emailCodeSchema, forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpFormSchema } from "@/lib/validation/auth";

const context = async () => clientContext(await headers());

/** Only same-site paths: an open redirect would hand sessions to phishers. */
function safeNext(value: string | undefined, fallback = "/") {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}

async function startWebSession(token: string) {
  await signIn("credentials", { token, redirect: false });
}

// Sign in: password, then (when 2FA is on) a TOTP or backup code.
export async function signInAction(_: FormState, data: FormData): Promise<FormState> {
  const fields = formObject(data);
  const result = await runFormAction(async () => {
    const input = signInSchema.parse(fields);
    try {
      const session = await login({ identifier: input.identifier, password: input.password, twoFactorCode: input.code }, await context());
      await startWebSession(session.token);
    } catch (error) {
      if (error instanceof AppError && error.message === LOGIN_ERRORS.twoFactorRequired) return { ok: false, step: "code" };
      if (error instanceof AppError && error.message === LOGIN_ERRORS.twoFactorInvalid) {
        return { ok: false, step: "code", message: "That code is not valid. Try again or use a backup code.", fieldErrors: { code: ["Invalid code"] } };
      }
      throw error;
    }
  });
  if (result.ok) redirect(safeNext(fields.next));
  return result;
}

// Sign up, sign in at once, then confirm the e-mail with the code just sent.
export async function signUpAction(_: FormState, data: FormData): Promise<FormState> {
  const fields = formObject(data);
  const result = await runFormAction(async () => {
    const input = signUpFormSchema.parse(fields);
    const ctx = await context();
    await registerUser(input, ctx);
    const session = await login({ identifier: input.username, password: input.password }, ctx);
    await startWebSession(session.token);
  });
  if (result.ok) redirect("/confirm-email");
  return result;
}

export async function confirmEmailAction(_: FormState, data: FormData): Promise<FormState> {
  const result = await runFormAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first");
    await confirmEmail(actor.userId, emailCodeSchema.parse(formObject(data).code), await context());
  });
  if (result.ok) redirect("/account?confirmed=1");
  return result;
}

export async function resendConfirmationAction(_: FormState): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first");
    await sendConfirmationCode(actor.userId);
    return { ok: true, message: "We sent a new code. It is valid for 15 minutes." };
  });
}

// Never says whether the account exists.
export async function forgotPasswordAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const input = forgotPasswordSchema.parse(formObject(data));
    await requestPasswordReset(input.identifier, await context());
    return { ok: true, message: "If an account matches, we sent a reset code and link to its e-mail address. It is valid for 20 minutes." };
  });
}

export async function resetPasswordAction(_: FormState, data: FormData): Promise<FormState> {
  const fields = formObject(data);
  const result = await runFormAction(async () => {
    if (fields.password !== fields.confirmPassword) throw new AppError("BAD_REQUEST", "The passwords do not match", { fieldErrors: { confirmPassword: ["The passwords do not match"] } });
    const input = resetPasswordSchema.parse(fields);
    try {
      await resetPassword(input, await context());
    } catch (error) {
      if (error instanceof AppError && error.code === "FORBIDDEN") return { ok: false, step: "code", message: error.message === "2FA token required" ? "This account uses two-factor authentication: enter a code from your app or a backup code." : "That code is not valid.", fieldErrors: error.message === "2FA token required" ? undefined : { twoFactorCode: ["Invalid code"] } };
      // Unknown account and wrong code read the same on the web.
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.message === "Wrong secret code")) throw new AppError("BAD_REQUEST", "That reset code is not valid for this account", { fieldErrors: { code: ["Check the code from the e-mail"] } });
      throw error;
    }
  });
  if (result.ok) redirect("/signin?reset=1");
  return result;
}

// Sign out: revoke the server-side session, then drop the Auth.js cookie.
export async function signOutAction() {
  const actor = await getSessionActor();
  if (actor) await revokeSession(actor.sessionId, "logout");
  await signOut({ redirectTo: "/" });
}
