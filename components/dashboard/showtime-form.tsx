"use client";

import { useEffect, useState } from "react";
import { saveShowtimeAction } from "@/app/dashboard/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { showtimeFormSchema } from "@/lib/validation/dashboard";

export type AuditoriumOption = {
  id: string;
  name: string;
  shared: boolean;
  seatCount: number;
  /** defaultPriceMinor: the price the seat map suggests for the category (set in the seat-map editor). */
  categories: { id: string; name: string; color: string; defaultPriceMinor: number | null }[];
};

export type ShowtimeFormDefaults = {
  id?: string;
  startsAt: string;
  endsAt: string;
  auditoriumId: string;
  price: string;
  currency: string;
  capacity: string;
  /** Category id → price as typed ("12.50"). */
  categoryPrices: Record<string, string>;
  /** True when tickets are sold: the auditorium is then fixed. */
  hasSales: boolean;
};

/**
 * Adds or edits a showtime: seated in an auditorium (a price per seat
 * category, prefilled from the seat map's suggested price, else the base
 * price, until edited) or unseated with a capacity.
 */
export function ShowtimeForm({ eventId, auditoriums, defaults, onDone }: { eventId: string; auditoriums: AuditoriumOption[]; defaults: ShowtimeFormDefaults; onDone: (message?: string) => void }) {
  const { state, pending, onSubmit, message, error } = useFormAction(saveShowtimeAction, showtimeFormSchema);
  const [auditoriumId, setAuditoriumId] = useState(defaults.auditoriumId);
  const [basePrice, setBasePrice] = useState(defaults.price);
  // Category prices the user typed; the others follow the base price.
  const [typed, setTyped] = useState<Record<string, string>>(defaults.categoryPrices);
  const room = auditoriums.find((a) => a.id === auditoriumId);

  useEffect(() => {
    if (state.ok) onDone(state.message);
  }, [state, onDone]);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={defaults.id ? "Edit showtime" : "Add showtime"}>
      <input type="hidden" name="eventId" value={eventId} />
      {defaults.id && <input type="hidden" name="showtimeId" value={defaults.id} />}
      <FormMessage ok={state.ok} message={state.ok ? undefined : message} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Input name="startsAt" type="datetime-local" label="Starts" required defaultValue={defaults.startsAt} error={error("startsAt")} />
        <Input name="endsAt" type="datetime-local" label="Ends" defaultValue={defaults.endsAt} error={error("endsAt")} hint="Empty: start + running time" />
      </div>
      <Select
        name="auditoriumId"
        label="Auditorium"
        value={auditoriumId}
        onChange={(e) => setAuditoriumId(e.target.value)}
        disabled={defaults.hasSales}
        hint={defaults.hasSales ? "Tickets are sold, so the auditorium cannot change." : undefined}
        error={error("auditoriumId")}
      >
        <option value="">No auditorium (unseated, with a capacity)</option>
        {auditoriums.map((a) => (
          <option key={a.id} value={a.id} disabled={a.seatCount === 0}>
            {a.name} · {a.seatCount} seats{a.shared ? " · shared" : ""}
          </option>
        ))}
      </Select>
      {defaults.hasSales && <input type="hidden" name="auditoriumId" value={auditoriumId} />}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Input name="price" inputMode="decimal" label={room ? "Base price" : "Price"} placeholder="0.00" value={basePrice} onChange={(e) => setBasePrice(e.target.value)} error={error("price")} hint={room ? "For seats without a category price" : "0 or empty: free"} />
        <Input name="currency" label="Currency" maxLength={3} defaultValue={defaults.currency} className="uppercase" error={error("currency")} />
      </div>
      {room ? (
        room.categories.length > 0 && (
          <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-4">
            <legend className="px-1 text-sm font-medium text-fg">Price per seat category</legend>
            <div className="grid items-start gap-4 sm:grid-cols-2">
              {room.categories.map((c) => (
                <Input
                  key={c.id}
                  name={`categoryPrice.${c.id}`}
                  inputMode="decimal"
                  label={
                    <span className="inline-flex items-center gap-2">
                      <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: c.color }} />
                      {c.name}
                    </span>
                  }
                  placeholder="0.00"
                  value={typed[c.id] ?? (c.defaultPriceMinor === null ? basePrice : (c.defaultPriceMinor / 100).toFixed(2))}
                  onChange={(e) => setTyped((t) => ({ ...t, [c.id]: e.target.value }))}
                  error={error(`categoryPrices.${c.id}`)}
                />
              ))}
            </div>
          </fieldset>
        )
      ) : (
        <Input name="capacity" type="number" inputMode="numeric" min={1} label="Capacity" defaultValue={defaults.capacity} error={error("capacity")} required />
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={() => onDone()} disabled={pending}>
          Close
        </Button>
        <Button type="submit" loading={pending}>
          {defaults.id ? "Save showtime" : "Add showtime"}
        </Button>
      </div>
    </form>
  );
}
