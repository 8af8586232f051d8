import type { FieldErrors } from "./errors";

/** What a form's server action returns: a message, field errors, and the next step if any. */
export type FormState<D = unknown> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** Multi-step forms: the step the server asks for next (e.g. "code"). */
  step?: string;
  data?: D;
};

export const initialFormState: FormState = {};

/** FormData → plain object of strings (files and repeated keys are not used by these forms). */
export function formObject(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of data) if (typeof value === "string") out[key] = value;
  return out;
}
