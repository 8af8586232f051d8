// Request bodies of S4 ("EventShield") account endpoints, with S4's field
// names. A field that is absent or empty fails with REQUIRED, so a handler
// can answer S4's "... required" message (app/api/user/_lib/parse-s4.ts).
import { z } from "zod";
import { emailSchema, passwordSchema } from "./users";

export const REQUIRED = "Required";

const required = () => z.string({ error: REQUIRED }).trim().min(1, REQUIRED);
/** Passwords are never trimmed: spaces are characters like any other. */
const requiredSecret = () => z.string({ error: REQUIRED }).min(1, REQUIRED).max(128, "Password must be at most 128 characters");
const optionalText = () => z.string().trim().max(100, "At most 100 characters").optional().transform((v) => v || undefined);

export const s4SignupSchema = z.object({
  firstname: required().pipe(z.string().max(100, "At most 100 characters")),
  lastname: required().pipe(z.string().max(100, "At most 100 characters")),
  email: required().pipe(emailSchema),
  password: z.string({ error: REQUIRED }).min(1, REQUIRED).pipe(passwordSchema),
});

/** `email` is passed to the login as an identifier, so a username works too. */
export const s4LoginSchema = z.object({
  email: required().pipe(z.string().max(320)),
  password: requiredSecret(),
  twoFactorToken: z.string().trim().max(16).optional().transform((v) => v || undefined),
});

export const s4TwoFactorVerifySchema = z.object({ twoFactorToken: required().pipe(z.string().max(16)) });

export const s4TwoFactorDisableSchema = z.object({ password: requiredSecret(), twoFactorToken: required().pipe(z.string().max(16)) });

export const s4UpdateProfileSchema = z.object({
  firstname: optionalText(),
  lastname: optionalText(),
  email: z.string().trim().optional().transform((v) => v || undefined).pipe(emailSchema.optional()),
  /** Needed only when `email` changes. */
  password: z.string().max(128).optional(),
  /** The code e-mailed to a new address: completes an e-mail change (an addition to S4). */
  emailCode: z.string().trim().max(16).optional().transform((v) => v || undefined),
});

export const s4ChangePasswordSchema = z.object({
  oldPassword: requiredSecret(),
  newPassword: z.string({ error: REQUIRED }).min(1, REQUIRED).pipe(passwordSchema),
});

export const s4ForgotPasswordSchema = z.object({ email: required().pipe(z.string().max(320)) });

/** S4 shows roles lower-case; stored upper-case. Any case is accepted. */
export const s4RoleSchema = z.object({
  role: z
    .string({ error: "Invalid role" })
    .trim()
    .toUpperCase()
    .pipe(z.enum(["USER", "ORGANIZER", "STAFF", "ADMIN"], { error: "Invalid role" })),
});

const positiveIntParam = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? Number(v) : undefined))
    .pipe(z.number().int().min(1).max(max).optional());

export const s4ListUsersQuerySchema = z.object({
  search: z.string().trim().max(320).optional().transform((v) => v || undefined),
  role: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.enum(["USER", "ORGANIZER", "STAFF", "ADMIN"], { error: "Invalid role" }).optional()),
  page: positiveIntParam(100_000),
  pageSize: positiveIntParam(200),
});

export const s4UserIdSchema = z.uuid();
