"use client";

import { confirmEmailChangeAction, updateProfileAction } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function ProfileForm({ profile }: { profile: { firstName: string | null; lastName: string | null; email: string } }) {
  const { state, pending, onSubmit, message, error } = useFormAction(updateProfileAction);
  const confirm = useFormAction(confirmEmailChangeAction);
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormMessage ok={state.ok} message={message} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Input name="firstName" label="First name" autoComplete="given-name" defaultValue={profile.firstName ?? ""} error={error("firstName")} />
          <Input name="lastName" label="Last name" autoComplete="family-name" defaultValue={profile.lastName ?? ""} error={error("lastName")} />
        </div>
        <Input name="email" type="email" label="E-mail" autoComplete="email" defaultValue={profile.email} hint="A new address takes effect once you confirm it with the code we send there." error={error("email")} />
        <Input name="password" type="password" label="Current password" autoComplete="current-password" hint="Needed only to change the e-mail address." error={error("password")} />
        <div>
          <Button type="submit" loading={pending}>
            Save profile
          </Button>
        </div>
      </form>
      {state.step === "confirm-email" && !confirm.state.ok && (
        <form onSubmit={confirm.onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-border bg-surface-muted p-4">
          <FormMessage message={confirm.message} />
          <Input name="code" label="Code sent to the new address" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={confirm.error("code")} />
          <div>
            <Button type="submit" loading={confirm.pending}>
              Confirm new address
            </Button>
          </div>
        </form>
      )}
      {confirm.state.ok && <FormMessage ok message={confirm.state.message} />}
    </div>
  );
}
