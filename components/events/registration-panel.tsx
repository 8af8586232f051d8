"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buyPlaceAction, cancelRegistrationAction, registerAction } from "@/app/events/[id]/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
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
  /** The formatted ticket price of a paid event; null for a free one. */
  price: string | null;
  registration: { status: "REGISTERED"; ticketId: string | null; attended: boolean; bought: boolean } | { status: "WAITLISTED"; position: number } | null;
};

/**
 * Admission to a general-admission event: register (or join the waiting list)
 * for a free one, buy a place for a paid one, or give a free place back.
 */
export function RegistrationPanel({ eventId, eventPath, signedIn, closedReason, full, price, registration }: RegistrationPanelProps) {
  const [state, register, pending] = useActionState(price ? buyPlaceAction : registerAction, initialFormState);

  if (registration?.status === "REGISTERED") {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="rounded-lg border border-success/30 bg-success-soft px-3 py-2 text-sm font-medium text-success">
          {registration.attended ? "You attended this event." : "You're registered."}
        </p>
        <Link href="/tickets" className={buttonClasses({ className: "w-full" })}>
          Show my ticket
        </Link>
        {registration.bought && !registration.attended && (
          <p className="text-xs text-fg-muted">You bought this place. For a refund, contact the organizer.</p>
        )}
        {!registration.bought && !registration.attended && !closedReason && (
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
        {price ? "Sign in to buy a ticket" : "Sign in to register"}
      </Link>
    );
  }

  if (price && full) return <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-fg-muted">Sold out: every place has been sold.</p>;

  return (
    <form action={register} className="flex flex-col gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <FormMessage ok={state.ok} message={state.message} />
      <Button type="submit" loading={pending} className="w-full">
        {price ? `Buy a ticket · ${price}` : full ? "Join the waiting list" : "Register for free"}
      </Button>
      {price && <p className="text-xs text-fg-muted">Your place is held for you while you pay.</p>}
      {full && <p className="text-xs text-fg-muted">All places are taken. If someone cancels, the first on the list gets their place.</p>}
    </form>
  );
}
