import { z } from "zod";

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "Username must be at least 3 characters")
  .max(64, "Username must be at most 64 characters")
  .regex(/^[a-zA-Z0-9._@+-]+$/, "Use letters, digits and . _ @ + - only")
  .transform((v) => v.toLowerCase());

export const emailSchema = z.email("Enter a valid e-mail address").max(254).transform((v) => v.trim().toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters");

export const roleSchema = z.enum(["USER", "ORGANIZER", "STAFF", "ADMIN"]);

const optionalName = z
  .string()
  .trim()
  .max(100, "At most 100 characters")
  .optional()
  .transform((v) => v || undefined);

export const createUserSchema = z.object({
  username: usernameSchema,
  email: emailSchema,
  password: passwordSchema,
  firstName: optionalName,
  lastName: optionalName,
  role: roleSchema.default("USER"),
  emailConfirmed: z.boolean().default(false),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
