// S0's answer to joining (or being added to) an event: its message, plus the
// billet (its UUID, which `/billet/delete/<id>` takes, and its code), or 202
// with the waiting-list position when the event is full.
import { NextResponse } from "next/server";
import type { RegistrationOutcome } from "@/lib/services/registrations/register-for-event";

export function joinJson(outcome: RegistrationOutcome, message: string) {
  if (!outcome.ticket) {
    return NextResponse.json(
      { message: `The event is full: added to the waiting list (position ${outcome.position})`, waitlisted: true, position: outcome.position },
      { status: 202 },
    );
  }
  return NextResponse.json({ message, waitlisted: false, billet: { id: outcome.ticket.id, code: outcome.ticket.code } });
}
