"use client";

import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { signInSchema } from "@/lib/validation/auth";

export function SignInForm({ next }: { next?: string }) {
  const { state, pending, onSubmit, message, error } = useFormAction(signInAction, signInSchema);
  const needsCode = state.step === "code";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      {next && <input type="hidden" name="next" value={next} />}
      {/* Kept mounted (only hidden) on the code step, so the password is sent again with the code. */}
      <div className={needsCode ? "hidden" : "flex flex-col gap-4"}>
        <Input name="identifier" label="E-mail or username" autoComplete="username" required error={error("identifier")} />
        <Input name="password" type="password" label="Password" autoComplete="current-password" required error={error("password")} />
      </div>
      {needsCode && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-fg-muted">Two-factor authentication is on. Enter the 6-digit code from your authenticator app, or one of your backup codes.</p>
          <Input name="code" label="Authentication code" inputMode="numeric" autoComplete="one-time-code" autoFocus required error={error("code")} />
        </div>
      )}
      <Button type="submit" loading={pending} className="w-full">
        {needsCode ? "Verify and sign in" : "Sign in"}
      </Button>
      {!needsCode && (
        <Link href="/forgot-password" className="text-center text-sm text-brand hover:underline">
          Forgot your password?
        </Link>
      )}
    </form>
  );
}
