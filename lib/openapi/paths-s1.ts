// S1 (cinema API) account endpoints. Parameters travel in the query string as
// documented; the same fields are accepted as a JSON or form body.
import { jsonError, type Operation, type PathItem } from "./types";

const tags = ["S1 · Accounts"];
const str = { type: "string" };
const query = (name: string, description: string, required = true) => ({ name, in: "query" as const, required, schema: str, description });
const username = query("username", "The account's e-mail address (a plain username also works)");
const answer = (description: string, example: Record<string, unknown>, properties: Record<string, object> = {}) => ({
  description,
  content: { "application/json": { schema: { type: "object", required: ["message"], properties: { message: str, ...properties } }, example } },
});
const message = (description: string, text: string) => answer(description, { message: text });
const body = (properties: Record<string, object>, example: Record<string, string>) => ({
  content: {
    "application/json": { schema: { type: "object", properties }, example },
    "application/x-www-form-urlencoded": { schema: { type: "object", properties } },
  },
});
const userNotFound = message("No account with that username", "User not found");
const tooMany = jsonError("Too many requests or e-mails (Retry-After says when to retry)");
const twoFactor = [query("code", "TOTP or backup code, when the account has 2FA on", false), query("twoFactorToken", "Same as `code`", false)];

const forgotPassword: Operation = {
  tags,
  summary: "E-mail a password reset code and link (20 minutes, single use)",
  parameters: [username],
  responses: { "200": message("Reset e-mail sent", "Email sent successfully"), "400": jsonError("Missing username"), "404": userNotFound, "429": tooMany },
};

const resetPassword: Operation = {
  tags,
  summary: "Set a new password with the e-mailed secret code; ends every session of the user",
  parameters: [username, query("password", "The new password (8..128 characters, not easy to guess)"), query("secret_code", "The 10-character code from the reset e-mail"), ...twoFactor],
  responses: {
    "200": message("Password changed", "Password reset successfully"),
    "400": message("Wrong or expired secret code, weak password or missing field", "Wrong secret code"),
    "403": message("2FA is on and `code` is missing or wrong", "2FA token required"),
    "404": userNotFound,
  },
};

const confirmEmail: Operation = {
  tags,
  summary: "Without `code`: e-mail a 6-digit code. `code=-1`: the status. A code: confirm the address",
  parameters: [username, query("code", "Omit to get a code e-mailed; -1 for the status; the 6-digit code to confirm (15 minutes, 5 attempts)", false)],
  responses: {
    "200": message("Code sent (\"Email sent successfully\"), status (\"Email confirmed\" / \"Email not confirmed\") or confirmed (\"Email confirmed\")", "Email confirmed"),
    "400": message("Wrong, expired or exhausted code, or the address is already confirmed", "Wrong code"),
    "404": userNotFound,
    "429": tooMany,
  },
};

export const s1Paths: Record<string, PathItem> = {
  "/login": {
    post: {
      tags,
      summary: "Sign in (S1 query `username`/`password`, or S3 JSON `{email, password}`); also sets the HttpOnly `token` cookie",
      parameters: [query("username", "E-mail address or username (S3 sends `email` in the body)", false), query("password", "The password (or in the body)", false), ...twoFactor],
      requestBody: body({ email: str, username: str, password: str, code: str }, { email: "user@example.com", password: "your-password" }),
      responses: {
        "200": answer(
          "Signed in; `validDue` is the session's expiry in unix seconds",
          { message: "Logged in successfully", token: "rygtfcedxswzaq1234567890poiuytrewqas", validDue: 1671234567 },
          { token: str, validDue: { type: "integer" } },
        ),
        "400": message("Wrong credentials or missing field", "Wrong username or password"),
        "403": message("2FA is on and the code is missing or wrong", "2FA token required"),
        "423": jsonError("Account locked after repeated failures"),
        "429": jsonError("Too many failed sign-ins from this address (Retry-After)"),
      },
    },
  },
  "/register": {
    post: {
      tags,
      summary: "Create an account (the username is the e-mail address), e-mail a confirmation code and sign in",
      parameters: [query("username", "The e-mail address"), query("password", "8..128 characters, not easy to guess")],
      responses: {
        "200": answer("Account created and signed in; also sets the `token` cookie", { message: "User registered successfully", token: "rygtfcedxswzaq1234567890poiuytrewqas" }, { token: str }),
        "400": message("Not an e-mail address, or the password is too short or easy to guess", "This password is too easy to guess. Try a longer passphrase."),
        "409": message("An account with that e-mail already exists", "User already exists"),
      },
    },
  },
  "/isEmailConfirmed": {
    get: {
      tags,
      summary: "Whether the user's e-mail address is confirmed",
      parameters: [username],
      responses: { "200": message("\"Email confirmed\" or \"Email not confirmed\"", "Email not confirmed"), "400": jsonError("Missing username"), "404": userNotFound },
    },
  },
  "/confirmEmail": { get: confirmEmail, post: confirmEmail },
  "/resendEmailValidationCode": {
    get: {
      tags,
      summary: "E-mail a new confirmation code (at most one a minute)",
      parameters: [username],
      responses: { "200": message("Code sent", "Email sent successfully"), "400": message("Already confirmed", "Email already confirmed"), "404": userNotFound, "429": tooMany },
    },
  },
  "/checkToken": {
    get: {
      tags,
      summary: "Whether a token is a live session of the user, presented from the device it was issued to",
      parameters: [
        username,
        query("token", "The token to check; may instead come as the `token` header, the cookie or `Authorization: Bearer`", false),
        { name: "token", in: "header", required: false, schema: str, description: "The token, when not in the query" },
      ],
      responses: { "200": message("\"Token valid\" or \"Token not valid\" (revoked, expired, another user's, another device)", "Token valid"), "400": jsonError("Missing username or token"), "404": userNotFound },
    },
  },
  "/forgotPassword": { post: forgotPassword },
  "/forgot-password": { post: { ...forgotPassword, summary: `${forgotPassword.summary} (same as /forgotPassword)` } },
  "/resetPassword": { post: resetPassword },
  "/reset-password": { post: { ...resetPassword, summary: `${resetPassword.summary} (same as /resetPassword)` } },
};
