"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { focusRing } from "@/components/ui/focus-ring";
import { MAX_CATEGORIES } from "@/lib/validation/auditoriums";
import type { EditorCategory } from "./model";

type Props = {
  categories: EditorCategory[];
  counts: Map<string | null, number>;
  active: string | null;
  readOnly: boolean;
  onActivate: (key: string | null) => void;
  onAdd: () => void;
  onUpdate: (key: string, patch: Partial<Omit<EditorCategory, "key" | "id">>) => void;
  onRemove: (key: string) => void;
};

/** A text input that reports its value when left (blur or Enter), so typing makes one undo step. */
function CommitInput({ value, onCommit, ...props }: { value: string; onCommit: (value: string) => void } & Omit<React.ComponentProps<"input">, "value" | "onChange">) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...props}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== null && draft !== value) onCommit(draft);
        setDraft(null);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") (e.target as HTMLInputElement).blur();
        if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}

/** Seat categories: pick the one to paint with, rename, recolour, set the default price, add and delete. */
export function CategoriesPanel({ categories, counts, active, readOnly, onActivate, onAdd, onUpdate, onRemove }: Props) {
  const small = cn(controlClasses, "h-9 px-2 text-sm sm:text-sm");
  return (
    <section aria-labelledby="categories-heading" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="categories-heading" className="text-sm font-semibold text-fg">
          Categories
        </h2>
        {!readOnly && (
          <Button type="button" size="sm" variant="outline" onClick={onAdd} disabled={categories.length >= MAX_CATEGORIES}>
            Add category
          </Button>
        )}
      </div>
      <ul className="flex flex-col gap-2">
        {categories.map((c) => (
          <li key={c.key} className={cn("flex flex-col gap-2 rounded-lg border p-2", active === c.key ? "border-brand bg-brand-soft/40" : "border-border")}>
            <div className="flex items-center gap-2">
              <button
                type="button"
                aria-pressed={active === c.key}
                aria-label={`Paint with ${c.name}`}
                onClick={() => onActivate(c.key)}
                className={cn("size-6 shrink-0 rounded-t-md rounded-b-sm shadow-xs", focusRing, active === c.key && "ring-2 ring-brand ring-offset-2 ring-offset-surface")}
                style={{ backgroundColor: c.color }}
              />
              <CommitInput
                aria-label="Category name"
                className={cn(small, "min-w-0 flex-1")}
                value={c.name}
                maxLength={60}
                disabled={readOnly}
                onCommit={(name) => onUpdate(c.key, { name })}
              />
              <span className="w-10 shrink-0 text-right text-xs text-fg-muted tabular-nums" title="Seats in this category">
                {counts.get(c.key) ?? 0}
              </span>
            </div>
            <div className="flex items-center gap-2">
              <input
                type="color"
                aria-label={`Colour of ${c.name}`}
                value={c.color}
                disabled={readOnly}
                onChange={(e) => onUpdate(c.key, { color: e.target.value })}
                className={cn("h-9 w-10 shrink-0 cursor-pointer rounded-md border border-border bg-surface p-1", focusRing)}
              />
              <label className="flex min-w-0 flex-1 items-center gap-1.5 text-xs text-fg-muted">
                Default price
                <CommitInput
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="0.01"
                  className={cn(small, "min-w-0 flex-1 text-right")}
                  value={(c.priceMinor / 100).toFixed(2)}
                  disabled={readOnly}
                  onCommit={(value) => {
                    const major = Number(value.replace(",", "."));
                    if (Number.isFinite(major) && major >= 0) onUpdate(c.key, { priceMinor: Math.round(major * 100) });
                  }}
                />
              </label>
              {!readOnly && (
                <Button type="button" size="icon" variant="ghost" aria-label={`Delete category ${c.name}`} title="Delete category" onClick={() => onRemove(c.key)}>
                  <span aria-hidden>✕</span>
                </Button>
              )}
            </div>
          </li>
        ))}
        <li>
          <button
            type="button"
            aria-pressed={active === null}
            onClick={() => onActivate(null)}
            className={cn("flex w-full items-center gap-2 rounded-lg border px-2 py-1.5 text-left text-sm", focusRing, active === null ? "border-brand bg-brand-soft/40" : "border-border")}
          >
            <span aria-hidden className="size-6 shrink-0 rounded-t-md rounded-b-sm" style={{ backgroundColor: "var(--brand)" }} />
            <span className="flex-1 text-fg-muted">No category (show price)</span>
            <span className="w-10 text-right text-xs text-fg-muted tabular-nums">{counts.get(null) ?? 0}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
