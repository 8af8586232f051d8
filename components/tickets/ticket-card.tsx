import Link from "next/link";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/lib/format";

export type TicketCardData = {
  id: string;
  code: string;
  status: string;
  seatLabel: string | null;
  title: string;
  startsAt: Date | null;
  hall: string | null;
  orderId: string | null;
  orderReference: string | null;
};

/**
 * Paper is white whatever the screen theme: these print-only overrides put
 * the light palette back (the --color-* tokens, which hold values resolved at :root) on a dark-mode page (put it on the page's root).
 */
export const printLight =
  "print:[--color-bg:#fff] print:[--color-surface:#fff] print:[--color-surface-muted:#f1f5f9] print:[--color-fg:#000] print:[--color-fg-muted:#444] print:[--color-border:#999] print:[--color-success:#15803d] print:[--color-success-soft:#dcfce7] print:[--color-brand:#4f46e5]";

const statusBadge: Record<string, { label: string; variant: BadgeVariant }> = {
  VALID: { label: "Valid", variant: "success" },
  USED: { label: "Used", variant: "neutral" },
  CANCELLED: { label: "Cancelled", variant: "danger" },
  REFUNDED: { label: "Refunded", variant: "warning" },
};

/** One ticket as it is shown and printed: the QR code with what the door needs to read. */
export function TicketCard({ ticket, timeZone, className }: { ticket: TicketCardData; timeZone: string; className?: string }) {
  const badge = statusBadge[ticket.status] ?? { label: ticket.status.toLowerCase(), variant: "neutral" as const };
  return (
    <article
      aria-label={`Ticket ${ticket.code}${ticket.seatLabel ? `, seat ${ticket.seatLabel}` : ""}`}
      className={cn(
        "flex break-inside-avoid flex-col overflow-hidden rounded-xl border border-border bg-surface shadow-xs sm:flex-row",
        "print:mb-4 print:shadow-none",
        printLight,
        className,
      )}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-3 p-4 sm:p-5">
        <div className="flex items-start justify-between gap-2">
          <h3 className="font-semibold leading-snug text-fg">{ticket.title}</h3>
          <Badge variant={badge.variant}>{badge.label}</Badge>
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
          {ticket.startsAt && (
            <div className="col-span-2">
              <dt className="text-xs text-fg-muted">When</dt>
              <dd className="font-medium text-fg">
                <time dateTime={ticket.startsAt.toISOString()}>{formatDateTime(ticket.startsAt, timeZone)}</time>
              </dd>
            </div>
          )}
          {ticket.hall && (
            <div>
              <dt className="text-xs text-fg-muted">Hall</dt>
              <dd className="font-medium text-fg">{ticket.hall}</dd>
            </div>
          )}
          {ticket.seatLabel && (
            <div>
              <dt className="text-xs text-fg-muted">Seat</dt>
              <dd className="text-lg font-bold text-fg">{ticket.seatLabel}</dd>
            </div>
          )}
          <div>
            <dt className="text-xs text-fg-muted">Code</dt>
            <dd className="font-mono font-semibold tracking-wider text-fg">{ticket.code}</dd>
          </div>
          {ticket.orderReference && (
            <div>
              <dt className="text-xs text-fg-muted">Order</dt>
              <dd className="font-mono text-fg">
                {ticket.orderId ? (
                  <Link href={`/orders/${ticket.orderId}`} className="hover:underline">
                    {ticket.orderReference}
                  </Link>
                ) : (
                  ticket.orderReference
                )}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="flex items-center justify-center border-t border-dashed border-border bg-white p-3 sm:border-t-0 sm:border-l">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-user PNG that next/image must not cache */}
        <img src={`/tickets/${ticket.id}/qr`} alt={`QR code for ticket ${ticket.code}`} width={160} height={160} className="size-40" />
      </div>
    </article>
  );
}
