// Request shapes of S1's account endpoints (cinema API): fields come from the
// query string (as documented) or a JSON/form body. S1's "username" is the
// user's e-mail address; lookups also accept a plain username.
import { z } from "zod";
import { emailSchema, passwordSchema, usernameSchema } from "./users";

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).optional().transform((v) => v || undefined);
const identifier = z.string({ error: "Enter the username (e-mail address)" }).trim().min(1, "Enter the username (e-mail address)").max(320, "At most 320 characters");
/** A new password: 8..128 characters (the strength policy is checked by the service). */
const newPassword = z.string({ error: "Enter the password" }).pipe(passwordSchema);
/** A TOTP or backup code, when 2FA is on: `code` (S1/S0 style) or `twoFactorToken` (S4 style). */
const secondFactor = { code: optionalText(16), twoFactorToken: optionalText(16) };

/** `?username=` alone: isEmailConfirmed, resendEmailValidationCode, forgotPassword. */
export const s1UsernameSchema = z.object({ username: identifier });

/** S1 `POST /login?username=&password=` and S3 `POST /login {email, password}`. */
export const s1LoginSchema = z
  .object({
    username: optionalText(320),
    email: optionalText(320),
    password: z.string({ error: "Enter the password" }).min(1, "Enter the password").max(128, "Password must be at most 128 characters"),
    ...secondFactor,
  })
  .refine((v) => v.username || v.email, { path: ["username"], message: "Enter the username (e-mail address)" })
  .transform((v) => ({ identifier: (v.username ?? v.email) as string, password: v.password, twoFactorCode: v.code ?? v.twoFactorToken }));

/**
 * S1 `POST /register?username=&password=`: the username is an e-mail address
 * and becomes the account's e-mail and, when it fits the username rules
 * (64 characters, letters, digits and . _ @ + -), its username too.
 */
export const s1RegisterSchema = z
  .object({
    username: z.string({ error: "Enter the username (an e-mail address)" }).trim().pipe(emailSchema),
    password: newPassword,
  })
  .transform((v) => {
    const username = usernameSchema.safeParse(v.username);
    return { email: v.username, username: username.success ? username.data : undefined, password: v.password };
  });

/** S1 `confirmEmail`: no code sends one, `-1` asks for the status, six digits confirm. */
export const s1ConfirmEmailSchema = z.object({
  username: identifier,
  // JSON clients may send the code (or -1) as a number.
  code: z.preprocess((v) => (typeof v === "number" ? String(v) : v), optionalText(32)),
});

/** S1 `checkToken?username=&token=` (the token may also come as a header or Bearer). */
export const s1CheckTokenSchema = z.object({
  username: identifier,
  token: z.string({ error: "Send the token to check" }).trim().min(1, "Send the token to check").max(512, "Token not valid"),
});

/** S1 `resetPassword?username=&password=&secret_code=`, plus the 2FA code when it is on. */
export const s1ResetPasswordSchema = z
  .object({
    username: identifier,
    password: newPassword,
    secret_code: z.string({ error: "Enter the secret code from the e-mail" }).trim().min(1, "Enter the secret code from the e-mail").max(64, "Wrong secret code"),
    ...secondFactor,
  })
  .transform((v) => ({ identifier: v.username, password: v.password, code: v.secret_code, twoFactorCode: v.code ?? v.twoFactorToken }));
