import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OrderSummary } from "@/components/booking/order-summary";
import { PaymentProcessing } from "@/components/booking/payment-processing";
import { PrintButton } from "@/components/tickets/print-button";
import { cn } from "@/components/ui/cn";
import { printLight, TicketCard } from "@/components/tickets/ticket-card";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { loadOwnOrder } from "../load-order";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ checkout?: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ next: `/orders/${id}` });
  const order = await loadOwnOrder(id, actor.userId);
  // Back from Stripe Checkout before its confirmation: say so rather than offer to pay again.
  const processing = (await searchParams).checkout === "complete" && order.checkoutStarted && (order.status === "PENDING" || order.status === "EXPIRED");
  if (order.status === "PENDING" && !processing) redirect(`/orders/${order.id}/pay`);
  const tz = env().APP_TIMEZONE;
  const paid = order.status === "PAID";

  return (
    <div className={cn(printLight, "mx-auto flex w-full max-w-3xl flex-col gap-6")}>
      <header className="flex flex-col gap-3">
        {paid ? (
          <div className="flex items-start gap-3 no-print">
            <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-success-soft text-lg text-success">
              ✓
            </span>
            <div>
              <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">You’re all set!</h1>
              <p className="mt-1 text-fg-muted">A confirmation e-mail is on its way with your tickets attached.</p>
            </div>
          </div>
        ) : (
          <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">Order {order.reference}</h1>
        )}
        <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          Order reference <span data-testid="order-reference" className="font-mono font-semibold tracking-wider text-fg">{order.reference}</span>
          <Badge variant={paid ? "success" : "warning"}>{processing ? "payment processing" : order.status.toLowerCase()}</Badge>
        </p>
        {processing && <PaymentProcessing orderId={order.id} />}
      </header>

      <Card className="no-print">
        <CardContent>
          <OrderSummary order={order} timeZone={tz} />
        </CardContent>
      </Card>

      {order.tickets.length > 0 && (
        <section aria-labelledby="tickets-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="tickets-heading" className="text-lg font-semibold text-fg">
              Your tickets ({order.tickets.length})
            </h2>
            <PrintButton label="Print tickets" />
          </div>
          {order.tickets.map((t) => (
            <TicketCard
              key={t.id}
              timeZone={tz}
              ticket={{ ...t, title: order.event?.title ?? "Ticket", startsAt: order.showtime?.startsAt ?? null, hall: order.showtime?.auditorium?.name ?? null, orderId: order.id, orderReference: order.reference }}
            />
          ))}
        </section>
      )}

      <div className="flex flex-wrap gap-2 no-print">
        <Link href="/tickets" className={buttonClasses()}>
          Go to My tickets
        </Link>
        <Link href="/schedule" className={buttonClasses({ variant: "outline" })}>
          Back to the schedule
        </Link>
      </div>
    </div>
  );
}
