// Turns anything thrown into an AppError: ZodError -> 400 with field errors,
// Prisma P2002 -> 409, P2025 -> 404, malformed ids -> 404, everything else an
// opaque, logged 500. Used by every transport's single mapper.
import { ZodError } from "zod";
import { AppError, type FieldErrors } from "./errors";

type PrismaLikeError = { code?: unknown; meta?: unknown; name?: unknown };

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fieldErrors = zodFieldErrors(error);
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return new AppError("BAD_REQUEST", `Invalid input. ${where}${first?.message ?? ""}`.trim(), { fieldErrors });
  }
  if (error && typeof error === "object") {
    const code = (error as PrismaLikeError).code;
    if (code === "P2002") return new AppError("CONFLICT", "That already exists", { cause: error });
    if (code === "P2025" || code === "P2001") return new AppError("NOT_FOUND", "Not found", { cause: error });
    // Postgres: invalid text representation (e.g. a malformed UUID in a path).
    if (code === "22P02" || code === "P2023") return new AppError("NOT_FOUND", "Not found", { cause: error });
  }
  if (error instanceof SyntaxError) return new AppError("BAD_REQUEST", "Malformed request body");
  console.error("[unhandled]", error);
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.", { cause: error });
}
