"use client";

import { useState } from "react";
import { createAuditoriumAction } from "@/app/dashboard/auditoriums/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createAuditoriumFormSchema, MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "@/lib/validation/auditoriums";

const STARTS = [
  { value: "blank", title: "Blank grid", text: "An empty grid of rows × columns: drag across it to paint seats, leave gaps for aisles." },
  { value: "cinema", title: "Cinema", text: "Seats everywhere with a centre aisle, the back third Premium, two wheelchair spaces in the front row." },
] as const;

/** Name, venue and starting point of a new seat map; the server creates it and opens the editor. */
export function NewAuditoriumForm() {
  const { state, pending, onSubmit, message, error } = useFormAction(createAuditoriumAction, createAuditoriumFormSchema);
  const [start, setStart] = useState<"blank" | "cinema">("blank");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-xl border border-border bg-surface p-5 shadow-xs">
      <FormMessage ok={state.ok} message={message} />
      <Input name="name" label="Name" required maxLength={120} placeholder="Hall 3" error={error("name")} />
      <Input name="venue" label="Venue" maxLength={200} placeholder="Tessera Cinema" hint="Optional." error={error("venue")} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-fg">Start from</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {STARTS.map((s) => (
            <label
              key={s.value}
              className={cn(
                "flex cursor-pointer flex-col gap-1 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                start === s.value ? "border-brand bg-brand-soft/40" : "border-border hover:bg-surface-muted/60",
              )}
            >
              <span className="flex items-center gap-2 text-sm font-semibold text-fg">
                <input
                  type="radio"
                  name="start"
                  value={s.value}
                  checked={start === s.value}
                  onChange={() => setStart(s.value)}
                  aria-labelledby={`start-${s.value}`}
                  aria-describedby={`start-${s.value}-text`}
                  className="accent-[var(--brand)]"
                />
                <span id={`start-${s.value}`}>{s.title}</span>
              </span>
              <span id={`start-${s.value}-text`} className="text-xs text-fg-muted">
                {s.text}
              </span>
            </label>
          ))}
        </div>
        <FieldError error={error("start")} />
      </fieldset>
      <div className="grid grid-cols-2 items-start gap-4">
        <Input
          name="rows"
          type="number"
          inputMode="numeric"
          label="Rows"
          min={1}
          max={MAX_GRID_ROWS}
          defaultValue={10}
          hint={`Up to ${MAX_GRID_ROWS}.`}
          error={error("rows")}
        />
        <Input
          name="columns"
          type="number"
          inputMode="numeric"
          label="Columns"
          min={1}
          max={MAX_GRID_COLUMNS}
          defaultValue={start === "cinema" ? 21 : 16}
          key={start}
          hint={start === "cinema" ? "Including the aisle." : `Up to ${MAX_GRID_COLUMNS}; aisles are empty columns.`}
          error={error("columns")}
        />
      </div>
      <div>
        <Button type="submit" loading={pending}>
          Create and open editor
        </Button>
      </div>
    </form>
  );
}
