import { z } from "zod";
import { emailSchema, passwordSchema, usernameSchema } from "./users";

const optionalName = z.string().trim().max(100, "At most 100 characters").optional().transform((v) => v || undefined);

export const registerSchema = z.object({
  username: usernameSchema.optional(),
  email: emailSchema,
  password: passwordSchema,
  firstName: optionalName,
  lastName: optionalName,
});
export type RegisterInput = z.input<typeof registerSchema>;

export const signUpFormSchema = registerSchema.extend({
  username: usernameSchema,
  confirmPassword: z.string(),
}).refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, "Enter your e-mail or username").max(320),
  password: z.string().min(1, "Enter your password").max(128, "Password must be at most 128 characters"),
  code: z.string().trim().max(16).optional().transform((v) => v || undefined),
});

export const emailCodeSchema = z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code");

export const confirmEmailSchema = z.object({
  identifier: z.string().trim().min(1).max(320),
  code: emailCodeSchema,
});

export const forgotPasswordSchema = z.object({ identifier: z.string().trim().min(1, "Enter your e-mail or username").max(320) });

export const resetPasswordSchema = z.object({
  identifier: z.string().trim().min(1, "Enter your e-mail or username").max(320),
  code: z.string().trim().min(1, "Enter the code from the e-mail").max(64),
  password: passwordSchema,
  twoFactorCode: z.string().trim().max(16).optional().transform((v) => v || undefined),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(128),
  newPassword: passwordSchema,
});

export const twoFactorCodeSchema = z.string().trim().min(6, "Enter the code from your authenticator app").max(16);

export const disableTwoFactorSchema = z.object({ password: z.string().min(1, "Enter your password").max(128), code: twoFactorCodeSchema });

export const updateProfileSchema = z.object({
  firstName: optionalName,
  lastName: optionalName,
  email: emailSchema.optional(),
  /** Needed only to change the e-mail address. */
  password: z.string().max(128).optional(),
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

export const deleteAccountSchema = z.object({ password: z.string().min(1, "Enter your password").max(128) });
