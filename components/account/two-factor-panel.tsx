"use client";

import { useActionState, useState } from "react";
import { beginTwoFactorAction, confirmTwoFactorAction, disableTwoFactorAction, regenerateBackupCodesAction, type TwoFactorSetup } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { disableTwoFactorSchema } from "@/lib/validation/auth";
import { BackupCodes } from "./backup-codes";

function Setup({ setup }: { setup: TwoFactorSetup }) {
  const { state, pending, onSubmit, message, error } = useFormAction(confirmTwoFactorAction);
  if (state.ok) return <FormMessage ok message={state.message} />;
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col gap-6">
        <li className="flex flex-col gap-3 sm:flex-row sm:items-start sm:gap-6">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img src={setup.qrCodeDataUrl} alt="QR code for your authenticator app" width={180} height={180} className="rounded-lg border border-border bg-white p-2" />
          <div className="flex min-w-0 flex-col gap-2 text-sm text-fg-muted">
            <p><strong className="text-fg">1. Scan this code</strong> with an authenticator app (1Password, Google Authenticator, Aegis…).</p>
            <p>Can&apos;t scan? Enter this key:</p>
            <code className="break-all rounded-md bg-surface-muted px-2 py-1 font-mono text-fg" data-testid="totp-secret">{setup.secret}</code>
          </div>
        </li>
        <li className="flex flex-col gap-2">
          <p className="text-sm font-semibold text-fg">2. Save your backup codes</p>
          <BackupCodes codes={setup.backupCodes} />
        </li>
      </ol>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <p className="text-sm font-semibold text-fg">3. Enter the 6-digit code your app shows</p>
        <FormMessage message={message} />
        <Input name="code" label="Authentication code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={error("code")} />
        <div>
          <Button type="submit" loading={pending}>
            Turn on two-factor authentication
          </Button>
        </div>
      </form>
    </div>
  );
}

function Enabled() {
  const disable = useFormAction(disableTwoFactorAction, disableTwoFactorSchema);
  const regenerate = useFormAction<string[]>(regenerateBackupCodesAction);
  const [showDisable, setShowDisable] = useState(false);
  if (disable.state.ok) return <FormMessage ok message={disable.state.message} />;
  return (
    <div className="flex flex-col gap-6">
      <FormMessage ok message="Two-factor authentication is on: signing in asks for a code from your app." />
      <form onSubmit={regenerate.onSubmit} noValidate className="flex flex-col gap-3">
        <p className="text-sm font-semibold text-fg">New backup codes</p>
        <FormMessage ok={regenerate.state.ok} message={regenerate.message} />
        {regenerate.state.data ? (
          <BackupCodes codes={regenerate.state.data} />
        ) : (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <Input name="code" label="Authentication code" inputMode="numeric" autoComplete="one-time-code" required containerClassName="sm:w-56" error={regenerate.error("code")} />
            <Button type="submit" variant="outline" loading={regenerate.pending}>
              Generate new codes
            </Button>
          </div>
        )}
      </form>
      {showDisable ? (
        <form onSubmit={disable.onSubmit} noValidate className="flex flex-col gap-3 rounded-lg border border-danger/40 p-4">
          <p className="text-sm font-semibold text-fg">Turn off two-factor authentication</p>
          <FormMessage message={disable.message} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Input name="password" type="password" label="Password" autoComplete="current-password" required error={disable.error("password")} />
            <Input name="code" label="Authentication or backup code" inputMode="numeric" autoComplete="one-time-code" required error={disable.error("code")} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" loading={disable.pending}>
              Turn off
            </Button>
            <Button type="button" variant="ghost" onClick={() => setShowDisable(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button type="button" variant="outline" onClick={() => setShowDisable(true)}>
            Turn off two-factor authentication…
          </Button>
        </div>
      )}
    </div>
  );
}

export function TwoFactorPanel({ enabled }: { enabled: boolean }) {
  const [setup, begin, starting] = useActionState<FormState<TwoFactorSetup>>(beginTwoFactorAction, initialFormState as FormState<TwoFactorSetup>);
  if (enabled) return <Enabled />;
  if (setup.ok && setup.data) return <Setup setup={setup.data} />;
  return (
    <form action={begin} className="flex flex-col gap-3">
      <FormMessage message={setup.message} />
      <p className="text-sm text-fg-muted">Protect your account with a code from your phone in addition to your password.</p>
      <div>
        <Button type="submit" loading={starting}>
          Set up two-factor authentication
        </Button>
      </div>
    </form>
  );
}
