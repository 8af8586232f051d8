"use client";

import { signUpAction } from "@/app/(auth)/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { signUpFormSchema } from "@/lib/validation/auth";

export function SignUpForm() {
  const { pending, onSubmit, message, error } = useFormAction(signUpAction, signUpFormSchema);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="firstName" label="First name" autoComplete="given-name" error={error("firstName")} />
        <Input name="lastName" label="Last name" autoComplete="family-name" error={error("lastName")} />
      </div>
      <Input name="username" label="Username" autoComplete="username" required hint="3-64 characters: letters, digits, . _ @ + -" error={error("username")} />
      <Input name="email" type="email" label="E-mail" autoComplete="email" required error={error("email")} />
      <Input name="password" type="password" label="Password" autoComplete="new-password" required hint="At least 8 characters. A few unrelated words make a strong, memorable passphrase." error={error("password")} />
      <Input name="confirmPassword" type="password" label="Repeat the password" autoComplete="new-password" required error={error("confirmPassword")} />
      <Button type="submit" loading={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
