"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useState, useTransition } from "react";
import { useFormStatus } from "react-dom";
import { createOrderAction, holdSeatsAction, releaseHoldAction } from "@/app/showtimes/actions";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import { initialFormState } from "@/lib/http/form-state";
import type { SeatMap as SeatMapData } from "@/lib/services/booking/get-seat-map";
import { MAX_SEATS_PER_HOLD } from "@/lib/validation/booking";
import { HoldCountdown } from "./hold-countdown";
import { SeatLegend, SeatMap } from "./seat-map";

const REFRESH_MS = 15_000;

type Hold = { holdId: string; expiresAt: string };

/**
 * The interactive part of a showtime page: choose seats (or ask for the best
 * available), hold them, watch the hold's countdown and continue to payment.
 * The server re-renders the map every 15 s so other people's purchases show.
 */
export function SeatPicker({ map, checkoutKey }: { map: SeatMapData; checkoutKey: string }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(() => map.hold?.labels ?? []);
  const [hold, setHold] = useState<Hold | null>(() => (map.hold ? { holdId: map.hold.holdId, expiresAt: map.hold.expiresAt.toISOString() } : null));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [best, setBest] = useState(2);
  const [pending, startTransition] = useTransition();
  const [orderState, createOrder] = useActionState(createOrderAction, initialFormState);

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const byLabel = useMemo(() => new Map(map.seats.map((s) => [s.label, s])), [map.seats]);
  const priceOf = useMemo(() => new Map(map.categories.map((c) => [c.id, c])), [map.categories]);
  // A seat someone else took meanwhile drops out of the selection by itself.
  const chosen = selected.filter((label) => {
    const seat = byLabel.get(label);
    return seat && (seat.state === "free" || (hold && seat.state === "mine"));
  });
  const chosenSet = new Set(chosen);
  const lines = chosen
    .map((label) => byLabel.get(label)!)
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((s) => {
      const category = s.categoryId ? priceOf.get(s.categoryId) : undefined;
      return { label: s.label, category: category?.name ?? "Seat", priceMinor: category?.priceMinor ?? map.showtime.priceMinor };
    });
  const total = lines.reduce((sum, l) => sum + l.priceMinor, 0);
  const currency = map.showtime.currency;

  function toggle(label: string) {
    setMessage(null);
    setSelected((current) => {
      if (current.includes(label)) return current.filter((l) => l !== label);
      if (current.length >= MAX_SEATS_PER_HOLD) {
        setMessage({ ok: false, text: `You can hold at most ${MAX_SEATS_PER_HOLD} seats at a time.` });
        return current;
      }
      return [...current, label];
    });
  }

  function requestHold(input: { seatLabels?: string[]; bestAvailable?: number }) {
    setMessage(null);
    startTransition(async () => {
      const result = await holdSeatsAction({ showtimeId: map.showtime.id, ...input });
      if (result.ok && result.data) {
        setHold({ holdId: result.data.holdId, expiresAt: result.data.expiresAt });
        setSelected(result.data.seats.map((s) => s.label));
        setMessage({ ok: true, text: `${result.data.seats.length === 1 ? "Your seat is" : "Your seats are"} held: ${result.data.seats.map((s) => s.label).join(", ")}.` });
      } else {
        setMessage({ ok: false, text: result.message ?? "Those seats could not be held." });
      }
      router.refresh();
    });
  }

  function changeSeats() {
    if (!hold) return;
    const holdId = hold.holdId;
    startTransition(async () => {
      await releaseHoldAction(holdId);
      setHold(null);
      setMessage(null);
      router.refresh();
    });
  }

  function expired() {
    setHold(null);
    setSelected([]);
    setMessage({ ok: false, text: "Your hold expired and the seats were released. Please choose your seats again." });
    router.refresh();
  }

  const closed = !map.showtime.onSale;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <section aria-labelledby="seat-map-heading" className="min-w-0 rounded-xl border border-border bg-surface p-3 shadow-xs sm:p-6">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="seat-map-heading" className="text-lg font-semibold text-fg">
            Choose your seats
          </h2>
          <p className="text-sm text-fg-muted">{map.freeCount} free</p>
        </div>
        <SeatMap
          seats={map.seats.map((s) => ({ ...s, selected: chosenSet.has(s.label) }))}
          categories={map.categories}
          columns={map.auditorium?.columns ?? 1}
          currency={currency}
          defaultPriceMinor={map.showtime.priceMinor}
          locked={Boolean(hold) || closed || pending}
          onToggle={toggle}
        />
        <div className="mt-6 border-t border-border pt-4">
          <SeatLegend categories={map.categories} currency={currency} />
        </div>
      </section>

      <aside aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-4 shadow-xs sm:p-6 lg:sticky lg:top-20">
        <h2 id="summary-heading" className="text-lg font-semibold text-fg">
          Your selection
        </h2>
        <div aria-live="polite">{message && <FormMessage ok={message.ok} message={message.text} />}</div>
        {closed ? (
          <p className="text-sm text-fg-muted">{map.showtime.closedReason} Seats can no longer be booked.</p>
        ) : (
          <>
            {lines.length ? (
              <ul className="flex flex-col divide-y divide-border text-sm" aria-label="Chosen seats">
                {lines.map((l) => (
                  <li key={l.label} className="flex items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-semibold text-fg">{l.label}</span> <span className="text-fg-muted">· {l.category}</span>
                    </span>
                    <span className="tabular-nums text-fg">{formatMoney(l.priceMinor, currency)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-fg-muted">Tap seats on the map, or let us pick the best ones for you.</p>
            )}
            <p className="flex items-baseline justify-between border-t border-border pt-3 text-base font-semibold text-fg">
              <span>
                Total <span className="text-sm font-normal text-fg-muted">({lines.length} {lines.length === 1 ? "seat" : "seats"})</span>
              </span>
              <span data-testid="selection-total" className="tabular-nums">{formatMoney(total, currency)}</span>
            </p>

            {hold ? (
              <div className="flex flex-col gap-3">
                <HoldCountdown expiresAt={hold.expiresAt} onExpire={expired} />
                <form action={createOrder} className="flex flex-col gap-2">
                  <input type="hidden" name="holdId" value={hold.holdId} />
                  <input type="hidden" name="idempotencyKey" value={`${checkoutKey}:${hold.holdId}`} />
                  <FormMessage ok={false} message={orderState.ok ? undefined : orderState.message} />
                  <ContinueButton />
                </form>
                <Button type="button" variant="ghost" onClick={changeSeats} disabled={pending}>
                  Change seats
                </Button>
              </div>
            ) : (
              <div className="flex flex-col gap-4">
                <Button type="button" size="lg" loading={pending} disabled={!chosen.length} onClick={() => requestHold({ seatLabels: chosen })}>
                  Hold {chosen.length ? `${chosen.length} ${chosen.length === 1 ? "seat" : "seats"}` : "seats"}
                </Button>
                <div className="flex items-end gap-2 border-t border-border pt-4">
                  <label className="flex flex-1 flex-col gap-1 text-sm font-medium text-fg">
                    Best available
                    <select
                      value={best}
                      onChange={(e) => setBest(Number(e.target.value))}
                      className="h-10 rounded-lg border border-border bg-surface px-3 text-sm text-fg"
                    >
                      {Array.from({ length: MAX_SEATS_PER_HOLD }, (_, i) => i + 1).map((n) => (
                        <option key={n} value={n}>
                          {n} {n === 1 ? "seat" : "seats"}
                        </option>
                      ))}
                    </select>
                  </label>
                  <Button type="button" variant="outline" disabled={pending} onClick={() => requestHold({ bestAvailable: best })}>
                    Pick for me
                  </Button>
                </div>
                <p className="text-xs text-fg-muted">Seats are held for a few minutes while you pay. Signed-out visitors are asked to sign in first.</p>
              </div>
            )}
          </>
        )}
      </aside>
    </div>
  );
}

function ContinueButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" loading={pending}>
      Continue to payment
    </Button>
  );
}
