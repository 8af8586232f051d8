"use client";

import Link from "next/link";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export function ForgotPasswordForm() {
  const { state, pending, onSubmit, message, error } = useFormAction(forgotPasswordAction, forgotPasswordSchema);
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage ok message={state.message} />
        <Link href="/reset-password" className="text-center text-sm font-medium text-brand hover:underline">
          I have a code: choose a new password
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <Input name="identifier" label="E-mail or username" autoComplete="username" required error={error("identifier")} />
      <Button type="submit" loading={pending} className="w-full">
        Send reset code
      </Button>
    </form>
  );
}
