"use client";

import { deleteAuditoriumAction, renameAuditoriumAction } from "@/app/dashboard/auditoriums/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { renameAuditoriumSchema } from "@/lib/validation/auditoriums";

/** Rename a seat map or delete it (the server refuses while showtimes use it). */
export function AuditoriumDetails({ id, name, venue, showtimeCount }: { id: string; name: string; venue: string | null; showtimeCount: number }) {
  const { state, pending, onSubmit, message, error } = useFormAction(renameAuditoriumAction, renameAuditoriumSchema);
  return (
    <details className="group w-full max-w-2xl rounded-lg border border-border bg-surface px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-fg-muted select-none group-open:mb-3">Name, venue and deletion</summary>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage ok={state.ok} message={message} />
        <input type="hidden" name="id" value={id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Input name="name" label="Name" required maxLength={120} defaultValue={name} error={error("name")} />
          <Input name="venue" label="Venue" maxLength={200} defaultValue={venue ?? ""} error={error("venue")} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" size="sm" loading={pending}>
            Save name
          </Button>
          <span className="flex-1" />
          <ConfirmActionButton
            action={deleteAuditoriumAction}
            fields={{ id }}
            label="Delete seat map"
            variant="outline"
            title={`Delete ${name}?`}
            description={
              showtimeCount
                ? `${showtimeCount} showtime${showtimeCount === 1 ? " uses" : "s use"} this seat map, so it cannot be deleted yet.`
                : "The seats and categories go with it. This cannot be undone."
            }
            confirmLabel="Delete"
            destructive
          />
        </div>
      </form>
    </details>
  );
}
