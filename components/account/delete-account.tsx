"use client";

import { useState } from "react";
import { deleteAccountAction } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { deleteAccountSchema } from "@/lib/validation/auth";

export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const { pending, onSubmit, message, error } = useFormAction(deleteAccountAction, deleteAccountSchema);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete my account
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Delete your account?" description="Your profile, sessions and registrations are removed. This cannot be undone.">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormMessage message={message} />
          <Input name="password" type="password" label="Your password" autoComplete="current-password" required data-autofocus error={error("password")} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Keep my account
            </Button>
            <Button type="submit" variant="danger" loading={pending}>
              Delete permanently
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
