import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/tickets/print-button";
import { cn } from "@/components/ui/cn";
import { printLight, TicketCard, type TicketCardData } from "@/components/tickets/ticket-card";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { listUserTickets, type UserTicket } from "@/lib/services/tickets/list-user-tickets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My tickets" };

// A show counts as past a few hours after it starts, so tonight's tickets stay on top during the film.
const PAST_AFTER_MS = 4 * 60 * 60_000;

/** Upcoming soonest first; past (the list's order) newest first. */
function splitByTime(tickets: UserTicket[]) {
  const cutoff = Date.now() - PAST_AFTER_MS;
  return {
    upcoming: tickets
      .filter((t) => t.startsAt.getTime() >= cutoff)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.seatLabel ?? "").localeCompare(b.seatLabel ?? "", "en", { numeric: true })),
    past: tickets.filter((t) => t.startsAt.getTime() < cutoff),
  };
}

const card = (t: UserTicket): TicketCardData => ({ ...t, title: t.eventTitle });

export default async function TicketsPage() {
  const actor = await requireActor({ next: "/tickets" });
  const tz = env().APP_TIMEZONE;
  const tickets = await listUserTickets(actor.userId);
  const { upcoming, past } = splitByTime(tickets);

  return (
    <div className={cn(printLight, "mx-auto flex w-full max-w-3xl flex-col gap-8")}>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-fg">My tickets</h1>
          <p className="mt-1 text-fg-muted no-print">Show the QR code at the door, on your phone or printed.</p>
        </div>
        {tickets.length > 0 && <PrintButton label="Print tickets" />}
      </header>

      {tickets.length === 0 ? (
        <EmptyState
          icon={<TicketIcon />}
          title="No tickets yet"
          description="When you buy seats for a show, your tickets appear here."
          action={
            <Link href="/schedule" className={buttonClasses()}>
              Browse the schedule
            </Link>
          }
        />
      ) : (
        <>
          <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
            <h2 id="upcoming-heading" className="text-lg font-semibold text-fg">
              Upcoming <span className="font-normal text-fg-muted">({upcoming.length})</span>
            </h2>
            {upcoming.length ? (
              upcoming.map((t) => <TicketCard key={t.id} ticket={card(t)} timeZone={tz} />)
            ) : (
              <p className="text-sm text-fg-muted">
                Nothing coming up.{" "}
                <Link href="/schedule" className="font-medium text-brand hover:underline">
                  Find a show
                </Link>
              </p>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-heading" className="flex flex-col gap-3 print:hidden">
              <h2 id="past-heading" className="text-lg font-semibold text-fg">
                Past <span className="font-normal text-fg-muted">({past.length})</span>
              </h2>
              {past.map((t) => (
                <TicketCard key={t.id} ticket={card(t)} timeZone={tz} className="opacity-75" />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}

function TicketIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <path strokeLinecap="round" strokeLinejoin="round" d="M16.5 6v.75m0 3v.75m0 3v.75m0 3V18m-9-5.25h5.25M7.5 15h3M3.375 5.25c-.621 0-1.125.504-1.125 1.125v3.026a2.999 2.999 0 0 1 0 5.198v3.026c0 .621.504 1.125 1.125 1.125h17.25c.621 0 1.125-.504 1.125-1.125v-3.026a2.999 2.999 0 0 1 0-5.198V6.375c0-.621-.504-1.125-1.125-1.125H3.375Z" />
    </svg>
  );
}
