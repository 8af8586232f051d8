"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import type { Selection } from "./editor-grid";
import type { EditorCategory } from "./model";

type Counts = { total: number; accessible: number; disabled: number; sellable: number };

/** Live totals of the drawing. */
export function CountsPanel({ counts, rows, columns, categories, byCategory }: { counts: Counts; rows: number; columns: number; categories: EditorCategory[]; byCategory: Map<string | null, number> }) {
  const line = "flex items-center justify-between gap-2 py-1";
  return (
    <section aria-labelledby="counts-heading" className="flex flex-col gap-1 text-sm">
      <h2 id="counts-heading" className="text-sm font-semibold text-fg">
        Counts
      </h2>
      <dl aria-live="polite" className="divide-y divide-border/60">
        <div className={line}>
          <dt className="text-fg-muted">Seats</dt>
          <dd data-testid="seat-total" className="font-semibold text-fg tabular-nums">
            {counts.total}
          </dd>
        </div>
        {categories.map((c) => (
          <div key={c.key} className={line}>
            <dt className="flex items-center gap-1.5 text-fg-muted">
              <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: c.color }} /> {c.name}
            </dt>
            <dd className="text-fg tabular-nums">{byCategory.get(c.key) ?? 0}</dd>
          </div>
        ))}
        {(byCategory.get(null) ?? 0) > 0 && (
          <div className={line}>
            <dt className="text-fg-muted">No category</dt>
            <dd className="text-fg tabular-nums">{byCategory.get(null)}</dd>
          </div>
        )}
        <div className={line}>
          <dt className="text-fg-muted">♿ Accessible</dt>
          <dd className="text-fg tabular-nums">{counts.accessible}</dd>
        </div>
        <div className={line}>
          <dt className="text-fg-muted">Disabled (not for sale)</dt>
          <dd className="text-fg tabular-nums">{counts.disabled}</dd>
        </div>
        <div className={line}>
          <dt className="text-fg-muted">Grid</dt>
          <dd className="text-fg tabular-nums">
            {rows} × {columns}
          </dd>
        </div>
      </dl>
    </section>
  );
}

type SelectionProps = {
  selection: NonNullable<Selection>;
  rowLabel: string | null;
  override: string | null;
  toolName: string;
  readOnly: boolean;
  onApply: () => void;
  onInsert: (after: boolean) => void;
  onDelete: () => void;
  onRowLabel: (label: string) => void;
  onClose: () => void;
};

/** What can be done with a selected row or column. */
export function SelectionPanel({ selection, rowLabel, override, toolName, readOnly, onApply, onInsert, onDelete, onRowLabel, onClose }: SelectionProps) {
  const isRow = selection.kind === "row";
  const title = isRow ? `Grid row ${selection.index + 1}${rowLabel ? ` · row ${rowLabel}` : ""}` : `Column ${selection.index + 1}`;
  return (
    <section aria-labelledby="selection-heading" className="flex flex-col gap-2 rounded-lg border border-brand/40 bg-brand-soft/30 p-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="selection-heading" className="text-sm font-semibold text-fg">
          {title}
        </h2>
        <Button type="button" size="sm" variant="ghost" onClick={onClose}>
          Done
        </Button>
      </div>
      {!readOnly && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" onClick={onApply}>
            {toolName} whole {selection.kind}
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={() => onInsert(false)}>
            Insert {isRow ? "above" : "left"}
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={() => onInsert(true)}>
            Insert {isRow ? "below" : "right"}
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={onDelete}>
            Delete {selection.kind}
          </Button>
        </div>
      )}
      {isRow && !readOnly && (
        <label className="flex items-center gap-2 text-sm whitespace-nowrap text-fg-muted">
          Row label
          <input
            key={`${selection.index}-${override ?? ""}`}
            defaultValue={override ?? ""}
            placeholder={rowLabel ?? "automatic"}
            maxLength={8}
            aria-describedby="row-label-hint"
            className={cn(controlClasses, "h-9 w-24 px-2 text-sm sm:text-sm")}
            onBlur={(e) => onRowLabel(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
          />
        </label>
      )}
      {isRow && !readOnly && (
        <p id="row-label-hint" className="text-xs text-fg-muted">
          Leave empty for automatic lettering (A, B, … from the screen).
        </p>
      )}
    </section>
  );
}
