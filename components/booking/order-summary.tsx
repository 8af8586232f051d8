import { formatDateTime, formatMoney } from "@/lib/format";
import type { UserOrder } from "@/lib/services/booking/get-user-order";

/** What was bought: the show, one line per seat and the total. */
export function OrderSummary({ order, timeZone }: { order: UserOrder; timeZone: string }) {
  return (
    <div className="flex flex-col gap-3">
      <div>
        <p className="font-semibold text-fg">{order.event?.title ?? "Order"}</p>
        {order.showtime && (
          <p className="text-sm text-fg-muted">
            <time dateTime={order.showtime.startsAt.toISOString()}>{formatDateTime(order.showtime.startsAt, timeZone)}</time>
            {order.showtime.auditorium && ` · ${order.showtime.auditorium.name}`}
          </p>
        )}
      </div>
      <ul className="flex flex-col divide-y divide-border border-y border-border text-sm" aria-label="Seats">
        {order.items.map((item) => (
          <li key={item.id} className="flex items-center justify-between gap-3 py-2">
            <span className="flex items-center gap-2">
              {item.category && <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: item.category.color }} />}
              <span className="font-semibold text-fg">{item.seatLabel}</span>
              <span className="text-fg-muted">{item.description}</span>
            </span>
            <span className="tabular-nums text-fg">{formatMoney(item.unitPriceMinor, order.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="flex items-baseline justify-between text-base font-semibold text-fg">
        <span>Total</span>
        <span className="tabular-nums">{formatMoney(order.totalMinor, order.currency)}</span>
      </p>
    </div>
  );
}
