import type { ReactNode } from "react";

/** A row of headline figures. */
export function StatTiles({ tiles }: { tiles: { label: string; value: ReactNode; hint?: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {tiles.map((tile) => (
        <div key={tile.label} className="flex flex-col gap-1 rounded-xl border border-border bg-surface p-4 shadow-xs">
          <dt className="text-sm text-fg-muted">{tile.label}</dt>
          <dd className="text-2xl font-semibold text-fg tabular-nums">{tile.value}</dd>
          {tile.hint && <dd className="text-xs text-fg-muted">{tile.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
