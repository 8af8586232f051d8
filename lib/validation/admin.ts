import { z } from "zod";
import { roleSchema } from "./users";

// Inputs of the admin pages and their server actions. The pages parse the
// URL with these, the actions parse FormData: both distrust the client.

export const userIdSchema = z.uuid("Unknown user");

export const adminUserListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  role: roleSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AdminUserListQuery = z.infer<typeof adminUserListQuerySchema>;

export const setUserRoleSchema = z.object({
  userId: userIdSchema,
  role: roleSchema,
});

export const setUserDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const userActionSchema = z.object({ userId: userIdSchema });

export { roleSchema };
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;
