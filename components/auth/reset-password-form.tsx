"use client";

import { resetPasswordAction } from "@/app/(auth)/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function ResetPasswordForm({ identifier, code }: { identifier?: string; code?: string }) {
  const { state, pending, onSubmit, message, error } = useFormAction(resetPasswordAction);
  const needsSecondFactor = state.step === "code";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <Input name="identifier" label="E-mail or username" autoComplete="username" defaultValue={identifier} required error={error("identifier")} />
      <Input name="code" label="Reset code" autoComplete="one-time-code" defaultValue={code} required className="font-mono uppercase tracking-widest" error={error("code")} />
      <Input name="password" type="password" label="New password" autoComplete="new-password" required hint="At least 8 characters; a passphrase of a few unrelated words is best." error={error("password")} />
      <Input name="confirmPassword" type="password" label="Repeat the new password" autoComplete="new-password" required error={error("confirmPassword")} />
      {needsSecondFactor && (
        <Input name="twoFactorCode" label="Authentication code or backup code" inputMode="numeric" autoComplete="one-time-code" autoFocus required error={error("twoFactorCode")} />
      )}
      <Button type="submit" loading={pending} className="w-full">
        Set new password
      </Button>
    </form>
  );
}
