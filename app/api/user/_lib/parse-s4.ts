import type { z } from "zod";
import { badRequest } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/map-error";
import { REQUIRED } from "@/lib/validation/api-s4";

/**
 * Parses an S4 request body. A missing field answers S4's own message
 * ("Token required", "Both passwords required", …); any other invalid value
 * answers what is wrong with it. Both carry `errors` per field.
 */
export function parseS4<S extends z.ZodType>(schema: S, input: unknown, missingMessage: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const missing = issues.some((issue) => issue.message === REQUIRED);
  const first = issues[0];
  const message = missing ? missingMessage : `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}`;
  throw badRequest(message, zodFieldErrors(result.error));
}
