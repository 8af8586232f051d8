import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OrderSummary } from "@/components/booking/order-summary";
import { OrderCountdown } from "@/components/booking/order-countdown";
import { PayForm } from "@/components/booking/pay-form";
import { StripeCheckoutForm } from "@/components/booking/stripe-checkout-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { stripeEnabled } from "@/lib/services/payments/stripe-client";
import { loadOwnOrder } from "../../load-order";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout" };

export default async function PayOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ next: `/orders/${id}/pay` });
  const order = await loadOwnOrder(id, actor.userId);
  if (order.status === "PAID") redirect(`/orders/${order.id}`);
  const tz = env().APP_TIMEZONE;
  const payable = order.status === "PENDING" || order.status === "EXPIRED";

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header>
        <p className="text-sm text-fg-muted">Order {order.reference}</p>
        <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">Checkout</h1>
      </header>
      <div className="grid gap-6 md:grid-cols-2 md:items-start">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Your order</CardTitle>
          </CardHeader>
          <CardContent>
            <OrderSummary order={order} timeZone={tz} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Payment</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {payable ? (
              <>
                {order.expiresAt && <OrderCountdown expiresAt={order.expiresAt.toISOString()} showtimeId={order.showtime?.id ?? null} />}
                {stripeEnabled() ? (
                  <StripeCheckoutForm orderId={order.id} amount={formatMoney(order.totalMinor, order.currency)} />
                ) : (
                  <PayForm orderId={order.id} amount={formatMoney(order.totalMinor, order.currency)} />
                )}
              </>
            ) : (
              <div className="flex flex-col gap-3 text-sm text-fg-muted">
                <p>This order was {order.status.toLowerCase()} and can no longer be paid.</p>
                {order.showtime && (
                  <Link href={`/showtimes/${order.showtime.id}`} className={buttonClasses({ variant: "outline" })}>
                    Choose seats again
                  </Link>
                )}
              </div>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
