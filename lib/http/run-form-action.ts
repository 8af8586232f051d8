import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { FormState } from "./form-state";
import { toAppError } from "./map-error";

/**
 * The server-action side of the single error mapper: runs the body and turns
 * any thrown error into form state with field errors. Next's redirects pass
 * through untouched.
 */
export async function runFormAction<D>(body: () => Promise<FormState<D> | void>): Promise<FormState<D>> {
  try {
    return (await body()) ?? { ok: true };
  } catch (error) {
    if (isRedirectError(error)) throw error;
    const appError = toAppError(error);
    return { ok: false, message: appError.message, fieldErrors: appError.fieldErrors };
  }
}
