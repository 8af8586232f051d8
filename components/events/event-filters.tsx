"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type EventFilterValues = {
  q?: string;
  kind?: "film" | "conference";
  price?: "free" | "paid";
  venue?: string;
  from?: string;
  to?: string;
};

/**
 * The events list's filters: a plain GET form, so links and the back button
 * keep them and it works without JavaScript; with it, choosing a value applies
 * it at once (the page number is left out, so a new filter starts on page 1).
 */
export function EventFilters({ values, venues, today, activeCount }: { values: EventFilterValues; venues: string[]; today: string; activeCount: number }) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  // Leave unused filters out of the URL: /events?kind=film, not ?q=&kind=film&price=…
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const dropEmpty = (event: FormDataEvent) => {
      for (const [name, value] of [...event.formData.entries()]) if (value === "") event.formData.delete(name);
    };
    element.addEventListener("formdata", dropEmpty);
    return () => element.removeEventListener("formdata", dropEmpty);
  }, []);
  return (
    <form ref={form} role="search" aria-label="Filter events" action="/events" className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-4 shadow-xs">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Input
          containerClassName="grow"
          label="Search"
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder="Title of a film or event"
          maxLength={100}
        />
        <Button type="submit" className="sm:w-28">
          Search
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Select label="Kind" name="kind" defaultValue={values.kind ?? ""} onChange={apply}>
          <option value="">All kinds</option>
          <option value="film">Films</option>
          <option value="conference">Conferences</option>
        </Select>
        <Select label="Price" name="price" defaultValue={values.price ?? ""} onChange={apply}>
          <option value="">Free and paid</option>
          <option value="free">Free</option>
          <option value="paid">Paid</option>
        </Select>
        <Select label="Venue" name="venue" defaultValue={values.venue ?? ""} onChange={apply} containerClassName="col-span-2 lg:col-span-1">
          <option value="">All venues</option>
          {venues.map((venue) => (
            <option key={venue} value={venue}>
              {venue}
            </option>
          ))}
        </Select>
        <Input label="From" name="from" type="date" min={today} defaultValue={values.from} onChange={apply} />
        <Input label="Until" name="to" type="date" min={values.from ?? today} defaultValue={values.to} onChange={apply} />
      </div>
      {activeCount > 0 && (
        <p className="text-sm text-fg-muted">
          {activeCount === 1 ? "1 filter" : `${activeCount} filters`} applied ·{" "}
          <Link href="/events" className="font-medium text-brand underline-offset-4 hover:underline">
            Clear all
          </Link>
        </p>
      )}
    </form>
  );
}
