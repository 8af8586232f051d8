// Account endpoints of S0 (Django-style), S2 (Express) and S3 (organiser API).
import { jsonError, type PathItem } from "./types";

const S0 = "S0 · Accounts";
const S2 = "S2 · Accounts";
const S3 = "S3 · Accounts";

const authenticated: Record<string, string[]>[] = [{ bearer: [] }, { tokenCookie: [] }, { tokenHeader: [] }];
const json = (schema: object, example?: unknown) => ({ "application/json": { schema, ...(example === undefined ? {} : { example }) } });
const str = { type: "string" } as const;
const nullableStr = { type: ["string", "null"] } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const obj = (properties: Record<string, object>, required?: string[]) => ({ type: "object", properties, ...(required ? { required } : {}) });
const message = (text: string) => ({ description: text, content: json(obj({ message: { const: text } }), { message: text }) });

const signupBody = obj({ username: str, email: { type: "string", format: "email" }, password: { type: "string", minLength: 8, maxLength: 128 } }, ["username", "email", "password"]);
const userCard = obj({
  id: { type: ["string", "integer"], description: "The UUID when the path named a UUID (S3), the integer id otherwise (S0)" },
  username: str,
  email: { ...nullableStr, description: "Only for the user themself and admins" },
  first_name: nullableStr,
  last_name: nullableStr,
  created_at: dateTime,
});
const refParam = {
  name: "id",
  in: "path" as const,
  required: true,
  schema: str,
  description: "A user's UUID (S3), integer id or username (S0)",
};
const unauthenticated = jsonError("No token, or the session was revoked or expired");

export const s0S2S3Paths: Record<string, PathItem> = {
  "/users": {
    get: {
      tags: [S0],
      summary: "All users by integer id: e-mail addresses for admins only (null for others)",
      security: authenticated,
      parameters: [
        { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
        { name: "page_size", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1000 } },
      ],
      responses: {
        "200": {
          description: "The users; the X-Total-Count header counts all of them",
          content: json({ type: "array", items: obj({ id: { type: "integer" }, username: str, email: nullableStr }) }, [
            { id: 1, username: "user1", email: "user1@example.com" },
            { id: 2, username: "user2", email: "user2@example.com" },
          ]),
        },
        "400": jsonError("Bad paging"),
        "401": unauthenticated,
      },
    },
    post: {
      tags: [S3],
      summary: "Sign up with names",
      requestBody: {
        required: true,
        content: json(obj({ ...signupBody.properties, first_name: str, last_name: str }, signupBody.required), {
          username: "user123",
          email: "user@example.com",
          password: "Velvet-Harbor-Lantern-42",
          first_name: "Имя",
          last_name: "Фамилия",
        }),
      },
      responses: {
        "201": {
          description: "Created; a confirmation code goes to the e-mail address",
          content: json(obj({ id: { type: "string", format: "uuid" }, username: str, email: str, first_name: nullableStr, last_name: nullableStr, created_at: dateTime }), {
            id: "7d3c1a52-5a0e-4b8e-9c4f-1f2e3d4c5b6a",
            username: "user123",
            email: "user@example.com",
            first_name: "Имя",
            last_name: "Фамилия",
            created_at: "2024-09-01T10:00:00.000Z",
          }),
        },
        "400": jsonError("Invalid input or a weak password (`errors.password`)"),
        "409": jsonError("User already exists / Username already taken"),
      },
    },
  },
  "/users/create": {
    post: {
      tags: [S0],
      summary: "Sign up",
      requestBody: { required: true, content: json(signupBody, { username: "newuser", email: "newuser@example.com", password: "Velvet-Harbor-Lantern-42" }) },
      responses: {
        "201": message("User created successfully!"),
        "400": jsonError("Invalid input or a weak password (`errors.password`)"),
        "409": jsonError("User already exists / Username already taken"),
      },
    },
  },
  "/users/me": {
    get: {
      tags: [S0],
      summary: "Everything about the signed-in user (no secrets)",
      security: authenticated,
      responses: {
        "200": {
          description: "The user",
          content: json(
            obj({
              id: { type: "integer" },
              uuid: { type: "string", format: "uuid" },
              username: str,
              email: str,
              first_name: nullableStr,
              last_name: nullableStr,
              role: { enum: ["USER", "ORGANIZER", "STAFF", "ADMIN"] },
              email_confirmed: { type: "boolean" },
              two_factor_enabled: { type: "boolean" },
              last_login: { type: ["string", "null"], format: "date-time" },
              created_at: dateTime,
              updated_at: dateTime,
            }),
          ),
        },
        "401": unauthenticated,
      },
    },
  },
  "/users/{id}": {
    get: {
      tags: [S0, S3],
      summary: "One user by username or integer id (S0) or by UUID (S3)",
      security: authenticated,
      parameters: [refParam],
      responses: {
        "200": { description: "The user", content: json(userCard, { id: 1, username: "user1", email: "user1@example.com", first_name: null, last_name: null, created_at: "2024-09-01T10:00:00.000Z" }) },
        "401": unauthenticated,
        "404": jsonError("User not found"),
      },
    },
    patch: {
      tags: [S3],
      summary: "Update names or e-mail (the user themself, or an admin for names)",
      description:
        "A new e-mail needs the user's `password` and takes effect once the code sent to the new address is sent back as `email_code`; " +
        "until then the answer carries `pending_email`.",
      security: authenticated,
      parameters: [refParam],
      requestBody: {
        required: true,
        content: json(obj({ first_name: str, last_name: str, email: str, password: str, email_code: { type: "string", pattern: "^\\d{6}$" } }), {
          first_name: "Новое имя",
          last_name: "Новая фамилия",
        }),
      },
      responses: {
        "200": {
          description: "The updated user",
          content: json(obj({ id: { type: ["string", "integer"] }, first_name: nullableStr, last_name: nullableStr, email: str, updated_at: dateTime, pending_email: str, message: str }), {
            id: "7d3c1a52-5a0e-4b8e-9c4f-1f2e3d4c5b6a",
            first_name: "Новое имя",
            last_name: "Новая фамилия",
            email: "user@example.com",
            updated_at: "2024-09-10T12:00:00.000Z",
          }),
        },
        "400": jsonError("Nothing to update, invalid input, missing or wrong password, wrong code"),
        "401": unauthenticated,
        "403": jsonError("Another user's account (or, for an admin, another user's e-mail)"),
        "404": jsonError("User not found"),
        "409": jsonError("That e-mail address is already in use"),
      },
    },
    delete: {
      tags: [S3],
      summary: "Delete an account: an admin, or the user themself with their password",
      security: authenticated,
      parameters: [refParam],
      requestBody: { content: json(obj({ password: str }), { password: "Velvet-Harbor-Lantern-42" }) },
      responses: {
        "200": message("Пользователь успешно удален"),
        "400": jsonError("Own account without the right password"),
        "401": unauthenticated,
        "403": jsonError("Another user's account"),
        "404": jsonError("User not found"),
      },
    },
  },
  "/auth/signup": {
    post: {
      tags: [S2],
      summary: "Sign up (the answer never carries the password)",
      requestBody: { required: true, content: json(signupBody, { username: "user1", email: "user1@example.com", password: "Velvet-Harbor-Lantern-42" }) },
      responses: {
        "201": {
          description: "Created",
          content: json(obj({ _id: { type: "string", format: "uuid" }, username: str, email: str, __v: { const: 0 } }), {
            _id: "7d3c1a52-5a0e-4b8e-9c4f-1f2e3d4c5b6a",
            username: "user1",
            email: "user1@example.com",
            __v: 0,
          }),
        },
        "400": jsonError("Invalid input or a weak password (`errors.password`)"),
        "409": message("User already exists"),
      },
    },
  },
  "/auth/login": {
    post: {
      tags: [S0, S2],
      summary: "Sign in with username (S0) or e-mail (S2) and password; also sets the `token` cookie",
      requestBody: {
        required: true,
        content: json(obj({ username: str, email: str, password: str, code: { ...str, description: "TOTP or backup code, when 2FA is on" } }, ["password"]), {
          email: "user1@example.com",
          password: "Velvet-Harbor-Lantern-42",
        }),
      },
      responses: {
        "201": {
          description: "Signed in",
          content: json(obj({ message: { const: "Logged in" }, success: { const: true }, token: str, email: str, username: str }), {
            message: "Logged in",
            success: true,
            token: "q1w2e3r4t5y6",
            email: "user1@example.com",
            username: "user1",
          }),
        },
        "400": jsonError("Invalid credentials (wrong password) or invalid input"),
        "403": jsonError("2FA token required / Invalid 2FA token / account disabled"),
        "404": message("User not found"),
        "423": jsonError("Account locked after repeated failures"),
        "429": jsonError("Too many failed logins from this address"),
      },
    },
  },
  "/auth/logout": {
    post: {
      tags: [S0, S2],
      summary: "End the session behind the token and clear the cookie",
      security: authenticated,
      responses: { "200": message("Logged out successfully!"), "401": unauthenticated },
    },
  },
  "/auth/toogle_twofa": {
    post: {
      tags: [S0],
      summary: "Toggle 2FA: when off, start setup (activate with verify_twofa); when on, turn off with password and code",
      security: authenticated,
      requestBody: { content: json(obj({ password: str, code: str }), { password: "Velvet-Harbor-Lantern-42", code: "123456" }) },
      responses: {
        "200": {
          description: "Setup started (secret, otpauth URI, QR image and backup codes, shown once) or 2FA turned off",
          content: json(
            obj({
              message: { enum: ["Two-factor authentication enabled!", "Two-factor authentication disabled!"] },
              two_factor: { enum: ["pending_verification", "disabled"] },
              secret: str,
              otpauth_uri: str,
              qr_code: { type: "string", description: "PNG data URL" },
              backup_codes: { type: "array", items: str },
            }),
            { message: "Two-factor authentication enabled!", two_factor: "pending_verification", secret: "JBSWY3DPEHPK3PXP", otpauth_uri: "otpauth://totp/…", qr_code: "data:image/png;base64,…", backup_codes: ["4821-9034"] },
          ),
        },
        "400": jsonError("Turning off without password and code"),
        "401": jsonError("Not signed in, or wrong password when turning off"),
        "403": jsonError("Invalid 2FA token"),
      },
    },
  },
  "/auth/verify_twofa": {
    post: {
      tags: [S0],
      summary: "Activate the 2FA setup with a code from the authenticator",
      security: authenticated,
      requestBody: { required: true, content: json(obj({ code: str }, ["code"]), { code: "123456" }) },
      responses: {
        "200": message("Two-factor authentication verified!"),
        "400": jsonError("Setup not initiated / 2FA already enabled / missing code"),
        "401": unauthenticated,
        "403": jsonError("Invalid token"),
      },
    },
  },
};
