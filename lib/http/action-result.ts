import "server-only";
import type { FieldErrors } from "./errors";
import { toAppError } from "./map-error";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

/**
 * The server-action side of the single error mapper: runs the action body and
 * turns any thrown error into a result the form can show field by field.
 */
export async function runAction<T>(body: () => Promise<T>, successMessage?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body(), message: successMessage };
  } catch (error) {
    const appError = toAppError(error);
    return { ok: false, message: appError.message, fieldErrors: appError.fieldErrors };
  }
}
