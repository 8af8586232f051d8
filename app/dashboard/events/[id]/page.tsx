import type { Metadata } from "next";
import Link from "next/link";
import { SoldMeter } from "@/components/dashboard/event-badges";
import { StatTiles } from "@/components/dashboard/stat-tiles";
import { FormMessage } from "@/components/forms/form-message";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { getEventSales } from "@/lib/services/dashboard/get-event-sales";
import { dashboardEventsQuerySchema } from "@/lib/validation/dashboard";
import { loadDashboardEvent } from "./load-event";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

const orderBadge: Record<OrderStatus, { label: string; variant: BadgeVariant }> = {
  PAID: { label: "Paid", variant: "success" },
  PENDING: { label: "Awaiting payment", variant: "warning" },
  CANCELLED: { label: "Cancelled", variant: "neutral" },
  EXPIRED: { label: "Expired", variant: "neutral" },
  REFUNDED: { label: "Refunded", variant: "danger" },
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Sales at a glance: totals, tickets sold per showtime and the orders, 20 per page. */
export default async function EventSalesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireOrganizer(`/dashboard/events/${id}`);
  const event = await loadDashboardEvent(actor, id);
  const query = await searchParams;
  const { page } = dashboardEventsQuerySchema.parse(query);
  const sales = await getEventSales(actor, event.id, { page, pageSize: 20 });
  const tz = env().APP_TIMEZONE;
  // Revenue of 0 reads "€0.00", not formatMoney's "Free" (that is for prices).
  const money = (minor: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: event.currency }).format(minor / 100);
  const base = `/dashboard/events/${event.id}`;
  const film = event.kind === "FILM";

  return (
    <div className="flex flex-col gap-8">
      {query.created === "1" && (
        <FormMessage
          ok
          message={film ? "Draft created. Add showtimes next, then publish it." : "Draft created. Check the details, then publish it when you are ready."}
        />
      )}
      <StatTiles
        tiles={[
          { label: "Tickets sold", value: sales.totals.ticketsSold },
          { label: "Revenue", value: money(sales.totals.revenueMinor), hint: `${sales.totals.paidOrders} paid order${sales.totals.paidOrders === 1 ? "" : "s"}` },
          { label: "Refunded", value: money(sales.totals.refundedMinor), hint: `${sales.totals.refundedOrders} order${sales.totals.refundedOrders === 1 ? "" : "s"}` },
          { label: film ? "Showtimes" : "Capacity", value: film ? sales.showtimes.filter((s) => s.status === "SCHEDULED").length : (event.capacity ?? "Unlimited") },
        ]}
      />

      {film && (
        <section aria-labelledby="per-showtime" className="flex flex-col gap-3">
          <div className="flex items-end justify-between gap-3">
            <h3 id="per-showtime" className="text-lg font-semibold text-fg">
              Per showtime
            </h3>
            <Link href={`${base}/showtimes`} className={buttonClasses({ variant: "outline", size: "sm" })}>
              Manage showtimes
            </Link>
          </div>
          {sales.showtimes.length ? (
            <Table aria-label="Sales per showtime">
              <TableHeader>
                <TableRow>
                  <TableHead>Showtime</TableHead>
                  <TableHead>Auditorium</TableHead>
                  <TableHead>Sold</TableHead>
                  <TableHead align="right">Revenue</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sales.showtimes.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell className="whitespace-nowrap">
                      <time dateTime={s.startsAt.toISOString()}>{formatDateTime(s.startsAt, tz)}</time>
                      {s.status === "CANCELLED" && (
                        <Badge variant="danger" className="ml-2">
                          Cancelled
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell className="text-fg-muted">{s.auditorium?.name ?? "Unseated"}</TableCell>
                    <TableCell>
                      <SoldMeter sold={s.sold} places={s.places} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{money(s.revenueMinor)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <EmptyState
              title="No showtimes yet"
              description="A film is sold per showtime: add one in an auditorium to start selling seats."
              action={
                <Link href={`${base}/showtimes`} className={buttonClasses()}>
                  Add a showtime
                </Link>
              }
            />
          )}
        </section>
      )}

      <section aria-labelledby="orders-heading" className="flex flex-col gap-3">
        <h3 id="orders-heading" className="text-lg font-semibold text-fg">
          Orders <span className="font-normal text-fg-muted tabular-nums">({sales.total})</span>
        </h3>
        {sales.orders.length ? (
          <>
            <Table aria-label="Orders">
              <TableHeader>
                <TableRow>
                  <TableHead>Reference</TableHead>
                  <TableHead>Buyer</TableHead>
                  {film && <TableHead>Showtime</TableHead>}
                  <TableHead>Status</TableHead>
                  <TableHead align="right">Places</TableHead>
                  <TableHead align="right">Total</TableHead>
                  <TableHead>Ordered</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sales.orders.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell className="font-mono text-xs">{o.reference}</TableCell>
                    <TableCell className="max-w-56">
                      <p className="truncate font-medium">{o.buyer.name}</p>
                      {o.buyer.email && <p className="truncate text-xs text-fg-muted">{o.buyer.email}</p>}
                    </TableCell>
                    {film && <TableCell className="whitespace-nowrap text-fg-muted">{o.showtime ? formatDateTime(o.showtime.startsAt, tz) : "—"}</TableCell>}
                    <TableCell>
                      <Badge variant={orderBadge[o.status].variant}>{orderBadge[o.status].label}</Badge>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{o.places}</TableCell>
                    <TableCell className="text-right whitespace-nowrap tabular-nums">{formatMoney(o.totalMinor, o.currency)}</TableCell>
                    <TableCell className="whitespace-nowrap text-fg-muted">
                      <time dateTime={o.createdAt.toISOString()}>{formatDateTime(o.createdAt, tz)}</time>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {sales.pageCount > 1 && <Pagination page={sales.page} pageCount={sales.pageCount} hrefForPage={(p) => `${base}?page=${p}`} />}
          </>
        ) : (
          <EmptyState
            title="No orders yet"
            description={event.publishedAt ? "Orders appear here as soon as people buy tickets." : "Orders appear here once the event is published and people buy tickets."}
          />
        )}
      </section>
    </div>
  );
}
