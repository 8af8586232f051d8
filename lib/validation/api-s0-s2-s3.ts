// Request shapes of the account endpoints of S0 (Django-style), S2 (Express)
// and S3 (organiser API), with the documents' field names.
import { z } from "zod";
import { emailCodeSchema, twoFactorCodeSchema } from "./auth";
import { emailSchema, passwordSchema, usernameSchema } from "./users";

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).optional().transform((v) => v || undefined);
const optionalName = optionalText(100);
const loginPassword = z.string({ error: "Enter your password" }).min(1, "Enter your password").max(128, "Password must be at most 128 characters");

/** S0 `{username, password}` and S2 `{email, password}` on the one `POST /auth/login`; `code` is the 2FA code when it is on. */
export const accountLoginSchema = z
  .object({
    username: optionalText(320),
    email: optionalText(320),
    password: loginPassword,
    code: optionalText(16),
  })
  .refine((v) => v.username || v.email, { path: ["username"], message: "Enter your username (or e-mail)" })
  .transform((v) => ({ identifier: (v.email ?? v.username) as string, password: v.password, code: v.code }));

/** S0 `POST /users/create` and S2 `POST /auth/signup`. */
export const accountSignupSchema = z.object({
  username: usernameSchema,
  email: emailSchema,
  password: passwordSchema,
});

/** S3 `POST /users`. */
export const s3CreateUserSchema = accountSignupSchema.extend({
  first_name: optionalName,
  last_name: optionalName,
});

/** S3 `PATCH /users/{id}`; `password` is needed to change the e-mail, `email_code` confirms the change. */
export const s3UpdateUserSchema = z
  .object({
    first_name: optionalName,
    last_name: optionalName,
    email: emailSchema.optional(),
    password: z.string().max(128).optional(),
    email_code: emailCodeSchema.optional(),
  })
  .refine((v) => v.first_name !== undefined || v.last_name !== undefined || v.email !== undefined || v.email_code !== undefined, {
    path: ["_"],
    message: "Send first_name, last_name or email to update",
  });

/** S3 `DELETE /users/{id}`: deleting one's own account asks for the password. */
export const s3DeleteUserSchema = z.object({ password: z.string().max(128).optional() });

/** S0 `POST /auth/toogle_twofa`: nothing to turn on; password and a current code to turn off. */
export const toggleTwoFactorSchema = z.object({
  password: z.string().max(128).optional(),
  code: optionalText(16),
});

/** S0 `POST /auth/verify_twofa`. */
export const verifyTwoFactorSchema = z.object({ code: twoFactorCodeSchema });

/** S0 `GET /users/`: optional paging (the document returns one plain array). */
export const userListQuerySchema = z.object({
  page: z.coerce.number().int("page must be a whole number").min(1, "page starts at 1").optional(),
  page_size: z.coerce.number().int("page_size must be a whole number").min(1, "page_size must be at least 1").max(1000, "page_size must be at most 1000").optional(),
});

/** The `<x>` of `/users/<x>`: a UUID (S3), an integer id or a username (S0). */
export const userRefSchema = z.string().trim().min(1, "Missing user").max(64, "Unknown user");
