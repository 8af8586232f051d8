import { z } from "zod";

export const seatCellSchema = z.object({
  row: z.number().int().min(0).max(99),
  column: z.number().int().min(0).max(199),
  rowLabel: z.string().trim().min(1).max(8),
  number: z.number().int().min(0).max(999),
  /** Defaults to rowLabel + number, e.g. "A5". */
  label: z.string().trim().min(1).max(16).optional(),
  category: z.string().trim().min(1).max(60).optional(),
  accessible: z.boolean().default(false),
  disabled: z.boolean().default(false),
});

export const seatMapSchema = z
  .object({
    rows: z.number().int().min(1).max(100),
    columns: z.number().int().min(1).max(200),
    categories: z
      .array(z.object({ name: z.string().trim().min(1).max(60), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default("#6366f1"), defaultPriceMinor: z.number().int().min(0).optional() }))
      .max(12)
      .default([]),
    seats: z.array(seatCellSchema).min(1, "A seat map needs at least one seat").max(5000),
  })
  .superRefine((map, ctx) => {
    const labels = new Set<string>();
    const cells = new Set<string>();
    const categories = new Set(map.categories.map((c) => c.name));
    map.seats.forEach((seat, i) => {
      const label = seat.label ?? `${seat.rowLabel}${seat.number}`;
      if (labels.has(label)) ctx.addIssue({ code: "custom", path: ["seats", i, "label"], message: `Seat label ${label} is used twice` });
      labels.add(label);
      const cell = `${seat.row}:${seat.column}`;
      if (cells.has(cell)) ctx.addIssue({ code: "custom", path: ["seats", i], message: `Two seats share row ${seat.row}, column ${seat.column}` });
      cells.add(cell);
      if (seat.row >= map.rows || seat.column >= map.columns) ctx.addIssue({ code: "custom", path: ["seats", i], message: "Seat lies outside the grid" });
      if (seat.category && !categories.has(seat.category)) ctx.addIssue({ code: "custom", path: ["seats", i, "category"], message: `Unknown seat category ${seat.category}` });
    });
  });

export type SeatMap = z.infer<typeof seatMapSchema>;
export type SeatMapInput = z.input<typeof seatMapSchema>;

export const createAuditoriumSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(120),
  venue: z.string().trim().max(200).optional(),
  seatMap: seatMapSchema,
});

export type CreateAuditoriumInput = z.input<typeof createAuditoriumSchema>;
