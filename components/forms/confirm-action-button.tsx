"use client";

import { useState, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { FormState } from "@/lib/http/form-state";

export type ConfirmActionButtonProps = {
  /** A server action with the form signature; it receives `fields` as FormData. */
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  disabled?: boolean;
};

/**
 * A button that asks first, then runs a server action and reports its
 * message as a toast. An action that redirects (delete) simply navigates.
 */
export function ConfirmActionButton({ action, fields, label, variant = "outline", title, description, confirmLabel, destructive, disabled }: ConfirmActionButtonProps) {
  const [open, setOpen] = useState(false);
  const { toast } = useToast();

  async function run() {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    // A redirecting action (delete) rejects with Next's redirect; ConfirmDialog treats that as done.
    const result = await action({}, data);
    if (result?.message) toast({ title: result.message, variant: result.ok ? "success" : "error" });
  }

  return (
    <>
      <Button type="button" variant={variant} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        destructive={destructive}
        onConfirm={run}
      />
    </>
  );
}
