import { notFound } from "@/lib/http/errors";
import { s4UserIdSchema } from "@/lib/validation/api-s4";

/** The `:id` of an S4 admin path; a malformed id names no user, so 404 like an unknown one. */
export function userIdOrThrow(id: string | undefined) {
  const parsed = s4UserIdSchema.safeParse(id);
  if (!parsed.success) throw notFound("User");
  return parsed.data;
}
