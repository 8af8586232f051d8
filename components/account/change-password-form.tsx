"use client";

import { useRef } from "react";
import { changePasswordAction } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { changePasswordSchema } from "@/lib/validation/auth";

export function ChangePasswordForm() {
  const form = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, message, error } = useFormAction(async (prev, data) => {
    const result = await changePasswordAction(prev, data);
    if (result.ok) form.current?.reset();
    return result;
  }, changePasswordSchema);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage ok={state.ok} message={message} />
      <Input name="currentPassword" type="password" label="Current password" autoComplete="current-password" required error={error("currentPassword")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="newPassword" type="password" label="New password" autoComplete="new-password" required error={error("newPassword")} />
        <Input name="confirmPassword" type="password" label="Repeat the new password" autoComplete="new-password" required error={error("confirmPassword")} />
      </div>
      <p className="text-xs text-fg-muted">Changing your password signs out every other device.</p>
      <div>
        <Button type="submit" loading={pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
