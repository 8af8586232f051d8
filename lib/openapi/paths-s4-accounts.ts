// S4 (EventShield) account and admin endpoints. Every answer carries
// `success`; errors are `{success: false, message, error}`.
import { jsonError, type Operation, type PathItem } from "./types";

const tags = ["S4 · Accounts"];
const adminTags = ["S4 · Admin"];
const bearer: Record<string, string[]>[] = [{ bearer: [] }, { tokenCookie: [] }];

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const date = { type: "string", format: "date-time" };
const role = { type: "string", enum: ["user", "organizer", "staff", "admin"] };
const obj = (properties: Record<string, object>, required?: string[]) => ({ type: "object", properties, ...(required ? { required } : {}) });

const userBase = { _id: { type: "string", format: "uuid" }, firstname: nullableStr, lastname: nullableStr, email: str, role };
const sampleUser = { _id: "3f1c2a9e-6a1b-4a59-9d4e-0a8b7c6d5e4f", firstname: "John", lastname: "Doe", email: "john@example.com", role: "user" };

const ok = (description: string, properties: Record<string, object>, example: Record<string, unknown>) => ({
  description,
  content: { "application/json": { schema: obj({ success: { const: true }, message: str, ...properties }, ["success"]), example: { success: true, ...example } } },
});
const done = (description: string, message: string) => ok(description, {}, { message });
const body = (properties: Record<string, object>, example: Record<string, unknown>, required?: string[]) => ({
  required: true,
  content: { "application/json": { schema: obj(properties, required), example } },
});

const unauthenticated = jsonError("No token, or its session is revoked, expired or opened with another user agent");
const notAdmin = jsonError("Admin privileges required");
const userNotFound = jsonError("User not found (also for a malformed id)");
const idParam = { name: "id", in: "path" as const, required: true, schema: { type: "string", format: "uuid" }, description: "User ID" };

const authed = (operation: Omit<Operation, "tags" | "security"> & { tags?: string[] }): Operation => ({
  tags,
  security: bearer,
  ...operation,
  responses: { ...operation.responses, "401": operation.responses["401"] ?? unauthenticated },
});
const admin = (operation: Omit<Operation, "tags" | "security">): Operation => authed({ ...operation, tags: adminTags, responses: { ...operation.responses, "403": notAdmin } });

export const s4AccountPaths: Record<string, PathItem> = {
  "/user/signup": {
    post: {
      tags,
      summary: "Create an account (personal data stored encrypted; a confirmation code is e-mailed)",
      requestBody: body({ firstname: str, lastname: str, email: str, password: str }, { firstname: "John", lastname: "Doe", email: "john@example.com", password: "Velvet-Harbor-Lantern-42" }, ["firstname", "lastname", "email", "password"]),
      responses: {
        "201": {
          description: "Created",
          content: {
            "application/json": {
              schema: obj({ success: { const: true }, message: str, data: obj({ ...userBase, createdAt: date }) }),
              example: { success: true, message: "User created successfully! Please enable 2FA for enhanced security.", data: { ...sampleUser, createdAt: "2026-01-04T10:00:00.000Z" } },
            },
          },
        },
        "400": jsonError("Missing required fields, malformed e-mail, password too weak (8..128 characters, not easy to guess), or \"User already exists\""),
        "429": jsonError("Too many requests"),
      },
    },
  },
  "/user/login": {
    post: {
      tags,
      summary: "Sign in; returns the token and sets it as the HttpOnly `token` cookie. The session is bound to the user agent",
      requestBody: body({ email: str, password: str, twoFactorToken: { ...str, description: "TOTP or backup code, required when 2FA is on" } }, { email: "john@example.com", password: "Velvet-Harbor-Lantern-42", twoFactorToken: "123456" }, ["email", "password"]),
      responses: {
        "200": ok(
          "Signed in",
          { token: str, user: obj({ ...userBase, twoFactorEnabled: { type: "boolean" } }) },
          { message: "Login successful", token: "q4Jx…", user: { ...sampleUser, twoFactorEnabled: false } },
        ),
        "400": jsonError("Missing credentials"),
        "401": jsonError("Invalid credentials"),
        "403": jsonError("2FA token required / Invalid 2FA token"),
        "423": jsonError("Account locked (5 failures in a row lock it for 30 minutes)"),
        "429": jsonError("Too many failed sign-ins from this address (Retry-After says when to retry)"),
      },
    },
  },
  "/user/logout": {
    post: authed({ summary: "End the current session and clear the cookie", responses: { "200": done("Signed out", "Logged out successfully") } }),
  },
  "/user/2fa/enable": {
    post: authed({
      summary: "Start 2FA setup: secret, otpauth URI, QR image and backup codes (shown once). Active after /user/2fa/verify",
      responses: {
        "200": ok(
          "Setup started",
          { secret: str, qrCodeData: str, qrCodeImage: { ...str, description: "PNG data URL of the QR code (addition)" }, backupCodes: { type: "array", items: str } },
          {
            message: "2FA setup initiated. Please scan QR code and verify.",
            secret: "JBSWY3DPEHPK3PXP",
            qrCodeData: "otpauth://totp/Tessera:john%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Tessera",
            qrCodeImage: "data:image/png;base64,iVBORw0KGgo…",
            backupCodes: ["1234-5678", "9012-3456"],
          },
        ),
        "400": jsonError("2FA already enabled"),
      },
    }),
  },
  "/user/2fa/verify": {
    post: authed({
      summary: "Activate 2FA with a code from the authenticator app",
      requestBody: body({ twoFactorToken: str }, { twoFactorToken: "123456" }, ["twoFactorToken"]),
      responses: { "200": done("2FA is on", "2FA enabled successfully"), "400": jsonError("Token required / Setup not initiated / 2FA already enabled"), "403": jsonError("Invalid token") },
    }),
  },
  "/user/2fa/disable": {
    post: authed({
      summary: "Turn 2FA off with the password and a current TOTP or backup code",
      requestBody: body({ password: str, twoFactorToken: str }, { password: "Velvet-Harbor-Lantern-42", twoFactorToken: "123456" }, ["password", "twoFactorToken"]),
      responses: {
        "200": done("2FA is off", "2FA disabled successfully"),
        "400": jsonError("Password and token required / 2FA is not enabled"),
        "401": jsonError("Invalid password (or no valid session)"),
        "403": jsonError("Invalid 2FA token"),
      },
    }),
  },
  "/user/profile": {
    get: authed({
      summary: "The signed-in user's profile; personal data decrypted after its integrity check",
      responses: {
        "200": ok(
          "Profile",
          {
            user: obj({
              ...userBase,
              twoFactorEnabled: { type: "boolean" },
              lastLogin: { type: ["string", "null"], format: "date-time" },
              createdAt: date,
              decryptedData: obj({ firstname: nullableStr, lastname: nullableStr, email: str }),
            }),
          },
          {
            user: {
              ...sampleUser,
              twoFactorEnabled: true,
              lastLogin: "2026-01-04T10:00:00.000Z",
              createdAt: "2026-01-01T10:00:00.000Z",
              decryptedData: { firstname: "John", lastname: "Doe", email: "john@example.com" },
            },
          },
        ),
      },
    }),
  },
  "/user/update": {
    put: authed({
      summary: "Update names at once; a new e-mail needs `password` and applies only when the code e-mailed to it comes back as `emailCode` (until then `pendingEmail`)",
      requestBody: body(
        {
          firstname: str,
          lastname: str,
          email: str,
          password: { ...str, description: "Required when `email` changes" },
          emailCode: { ...str, description: "The 6-digit code sent to the new address; completes the change (then `email` is ignored)" },
        },
        { firstname: "John", lastname: "Smith", email: "john.smith@example.com", password: "Velvet-Harbor-Lantern-42" },
      ),
      responses: {
        "200": ok(
          "Updated (the e-mail shown is the current one until the new one is confirmed)",
          { user: obj(userBase), pendingEmail: nullableStr },
          {
            message: "User details updated successfully. A confirmation code was sent to john.smith@example.com: send it as emailCode to this endpoint to finish the e-mail change.",
            user: { ...sampleUser, lastname: "Smith" },
            pendingEmail: "john.smith@example.com",
          },
        ),
        "400": jsonError("Malformed field, password missing or incorrect for an e-mail change, the e-mail is already in use, or a wrong `emailCode`"),
      },
    }),
  },
  "/user/password/change": {
    post: authed({
      summary: "Change the password after checking the old one; every other session of the user ends",
      requestBody: body({ oldPassword: str, newPassword: str }, { oldPassword: "Velvet-Harbor-Lantern-42", newPassword: "Copper-Meadow-Quartz-77" }, ["oldPassword", "newPassword"]),
      responses: { "200": done("Changed", "Password changed successfully"), "400": jsonError("Both passwords required / Old password incorrect / new password too weak or unchanged") },
    }),
  },
  "/user/forgotPassword": {
    post: {
      tags,
      summary: "E-mail a password reset code and link (20 minutes, single use)",
      requestBody: body({ email: str }, { email: "john@example.com" }, ["email"]),
      responses: { "200": done("Reset e-mail sent", "Email sent successfully!"), "400": jsonError("Email is required / Email not registered"), "429": jsonError("Too many e-mails requested") },
    },
  },
  "/user/admin/users": {
    get: admin({
      summary: "All users, newest first; `count` is the total (optional search by exact e-mail or part of the username, role filter, paging)",
      parameters: [
        { name: "search", in: "query", schema: str, description: "Exact e-mail address, or part of a username" },
        { name: "role", in: "query", schema: role },
        { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
        { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 200 } },
      ],
      responses: {
        "200": ok(
          "Users",
          { count: { type: "integer" }, users: { type: "array", items: obj({ ...userBase, createdAt: date }) }, page: { type: "integer" }, pageSize: { type: "integer" }, pageCount: { type: "integer" } },
          { count: 1, users: [{ ...sampleUser, createdAt: "2026-01-01T10:00:00.000Z" }], page: 1, pageSize: 200, pageCount: 1 },
        ),
        "400": jsonError("Malformed query"),
      },
    }),
  },
  "/user/admin/user/{id}": {
    get: admin({
      summary: "One user with their event registrations",
      parameters: [idParam],
      responses: {
        "200": ok(
          "User",
          {
            user: obj({
              ...userBase,
              twoFactorEnabled: { type: "boolean" },
              lastLogin: { type: ["string", "null"], format: "date-time" },
              createdAt: date,
              registeredEvents: {
                type: "array",
                items: obj({ eventId: str, eventName: str, date, registeredAt: date, attended: { type: "boolean" }, ticketId: nullableStr, status: str }),
              },
            }),
          },
          {
            user: {
              ...sampleUser,
              twoFactorEnabled: true,
              lastLogin: "2026-01-04T10:00:00.000Z",
              createdAt: "2026-01-01T10:00:00.000Z",
              registeredEvents: [{ eventId: "8b0e…", eventName: "Tech Conference 2026", date: "2026-03-15T09:00:00.000Z", registeredAt: "2026-01-02T10:00:00.000Z", attended: false, ticketId: "c21d…", status: "registered" }],
            },
          },
        ),
        "404": userNotFound,
      },
    }),
    delete: admin({
      summary: "Delete a user: their sessions end at once; keys, codes and event registrations go with them",
      parameters: [idParam],
      responses: { "200": done("Deleted", "User deleted successfully"), "400": jsonError("An admin cannot delete their own account here"), "404": userNotFound },
    }),
  },
  "/user/admin/user/{id}/role": {
    put: admin({
      summary: "Set a user's role: admin, user, organizer or staff (any case)",
      parameters: [idParam],
      requestBody: body({ role }, { role: "admin" }, ["role"]),
      responses: {
        "200": ok("Role set", { user: obj({ _id: userBase._id, email: str, role }) }, { message: "User role updated successfully", user: { _id: sampleUser._id, email: sampleUser.email, role: "admin" } }),
        "400": jsonError("Invalid role, or an admin removing their own admin role"),
        "404": userNotFound,
      },
    }),
  },
};
