"use client";

import { useActionState } from "react";
import { confirmEmailAction, resendConfirmationAction } from "@/app/(auth)/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { initialFormState } from "@/lib/http/form-state";
import { confirmEmailSchema } from "@/lib/validation/auth";

const codeOnly = confirmEmailSchema.pick({ code: true });

export function ConfirmEmailForm() {
  const { pending, onSubmit, message, error } = useFormAction(confirmEmailAction, codeOnly);
  const [resend, resendAction, resending] = useActionState(resendConfirmationAction, initialFormState);
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormMessage message={message} />
        <Input
          name="code"
          label="Confirmation code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          className="font-mono text-lg tracking-[0.4em]"
          error={error("code")}
        />
        <Button type="submit" loading={pending} className="w-full">
          Confirm e-mail
        </Button>
      </form>
      <form action={resendAction} className="flex flex-col items-center gap-2">
        <FormMessage ok={resend.ok} message={resend.message} className="w-full" />
        <Button type="submit" variant="ghost" size="sm" loading={resending}>
          Send a new code
        </Button>
      </form>
    </div>
  );
}
