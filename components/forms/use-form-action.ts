"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ZodType } from "zod";
import { formObject, initialFormState, type FormState } from "@/lib/http/form-state";
import type { FieldErrors } from "@/lib/http/errors";

/**
 * Runs a server action from a form after validating it on the client with
 * the same zod schema the server uses. Submitting through onSubmit (not the
 * form's `action`) keeps what the user typed when the server says no.
 */
export function useFormAction<D = unknown>(
  action: (state: FormState<D>, data: FormData) => Promise<FormState<D>>,
  schema?: ZodType,
) {
  const [state, dispatch, pending] = useActionState(action, initialFormState as FormState<D>);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (schema) {
      const parsed = schema.safeParse(formObject(data));
      if (!parsed.success) {
        const errors: FieldErrors = {};
        for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_"] ??= []).push(issue.message);
        setClientErrors(errors);
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }

  const fieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const message = clientErrors ? "Please correct the highlighted fields." : state.message;
  return { state, pending, onSubmit, fieldErrors, message, error: (field: string) => fieldErrors[field] };
}
