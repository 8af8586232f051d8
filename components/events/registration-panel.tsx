"use client";

import Link from "next/link";
import { useActionState } from "react";
import { cancelRegistrationAction, registerAction } from "@/app/events/[id]/actions";
import { ConfirmActionButton } from "@/components/admin/confirm-action-button";
import { FormMessage } from "@/components/forms/form-message";
import { Button, buttonClasses } from "@/components/ui/button";
import { initialFormState } from "@/lib/http/form-state";

export type RegistrationPanelProps = {
  eventId: string;
  eventPath: string;
  signedIn: boolean;
  /** Why nobody can register (closed, cancelled, past), or null. */
  closedReason: string | null;
  full: boolean;
  registration: { status: "REGISTERED"; ticketId: string | null; attended: boolean } | { status: "WAITLISTED"; position: number } | null;
};

/** Register, join the waiting list, or give the place back, for a free general-admission event. */
export function RegistrationPanel({ eventId, eventPath, signedIn, closedReason, full, registration }: RegistrationPanelProps) {
  const [state, register, pending] = useActionState(registerAction, initialFormState);

  if (registration?.status === "REGISTERED") {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="rounded-lg border border-success/30 bg-success-soft px-3 py-2 text-sm font-medium text-success">
          {registration.attended ? "You attended this event." : "You're registered."}
        </p>
        <Link href="/tickets" className={buttonClasses({ className: "w-full" })}>
          Show my ticket
        </Link>
        {!registration.attended && !closedReason && (
          <ConfirmActionButton
            action={cancelRegistrationAction}
            fields={{ eventId }}
            label="Cancel registration"
            title="Cancel your registration?"
            description="Your ticket stops working and your place goes to the next person on the waiting list. You can register again later if places are left."
            confirmLabel="Cancel registration"
            destructive
          />
        )}
      </div>
    );
  }

  if (registration?.status === "WAITLISTED") {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="rounded-lg border border-warning/30 bg-warning-soft px-3 py-2 text-sm text-warning">
          You&apos;re <strong>number {registration.position}</strong> on the waiting list. We&apos;ll e-mail you if a place frees up.
        </p>
        <ConfirmActionButton
          action={cancelRegistrationAction}
          fields={{ eventId }}
          label="Leave the waiting list"
          title="Leave the waiting list?"
          description="You lose your spot; joining again puts you at the back."
          confirmLabel="Leave"
          destructive
        />
      </div>
    );
  }

  if (closedReason) return <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-fg-muted">{closedReason}</p>;

  if (!signedIn) {
    return (
      <Link href={`/signin?next=${encodeURIComponent(eventPath)}`} className={buttonClasses({ className: "w-full" })}>
        Sign in to register
      </Link>
    );
  }

  return (
    <form action={register} className="flex flex-col gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <FormMessage ok={state.ok} message={state.message} />
      <Button type="submit" loading={pending} className="w-full">
        {full ? "Join the waiting list" : "Register for free"}
      </Button>
      {full && <p className="text-xs text-fg-muted">All places are taken. If someone cancels, the first on the list gets their place.</p>}
    </form>
  );
}
