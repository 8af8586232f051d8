import { z } from "zod";

// Limits of the seat-map editor: a 60 x 80 grid holds far more than the
// largest cinema; 2000 seats keeps one save (and every showtime's inventory
// rows) small enough for a single transaction.
export const MAX_GRID_ROWS = 60;
export const MAX_GRID_COLUMNS = 80;
export const MAX_SEATS = 2000;
export const MAX_CATEGORIES = 12;
export const MAX_PRICE_MINOR = 10_000_000;

const name = z.string().trim().min(1, "Name is required").max(120, "Name is at most 120 characters");
const venue = z.string().trim().max(200, "Venue is at most 200 characters").optional();

export const auditoriumIdSchema = z.uuid("Unknown seat map");

export const seatCategoryDraftSchema = z.object({
  /** The existing category's id; absent for a new one. Keeps ids (and showtime prices) stable. */
  id: z.uuid().optional(),
  name: z.string().trim().min(1, "A category needs a name").max(60, "Category names are at most 60 characters"),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Colours are written #rrggbb"),
  defaultPriceMinor: z
    .number({ error: "Give each category a default price" })
    .int("Prices are whole cents")
    .min(0, "Prices cannot be negative")
    .max(MAX_PRICE_MINOR, "That price is too high"),
});

export const seatDraftSchema = z.object({
  /** The existing seat's id when the editor loaded it; matched by grid position otherwise. */
  id: z.uuid().optional(),
  row: z.number().int().min(0),
  column: z.number().int().min(0),
  rowLabel: z
    .string()
    .trim()
    .min(1, "Every row with seats needs a label")
    .max(8, "Row labels are at most 8 characters")
    .regex(/^[A-Za-z0-9]+$/, "Row labels use letters and digits only"),
  number: z.number().int().min(1, "Seat numbers start at 1").max(999, "Seat numbers go up to 999"),
  /** The category's name, as in `categories`. */
  category: z.string().trim().min(1).max(60).nullable().default(null),
  accessible: z.boolean().default(false),
  disabled: z.boolean().default(false),
});

/** How the editor numbers and labels, kept in Auditorium.layout so a reopened map edits the same way. */
export const seatMapLayoutSchema = z.object({
  numbering: z.enum(["ltr", "rtl"]).default("ltr"),
  /** Row labels typed by hand, by grid row (null: automatic). */
  rowLabelOverrides: z.array(z.string().trim().max(8).nullable()).max(MAX_GRID_ROWS).default([]),
});

/** The whole drawing the editor saves: grid, categories and every seat. */
export const seatMapDrawingSchema = z
  .object({
    rows: z.number().int().min(1, "The grid needs at least one row").max(MAX_GRID_ROWS, `The grid has at most ${MAX_GRID_ROWS} rows`),
    columns: z.number().int().min(1, "The grid needs at least one column").max(MAX_GRID_COLUMNS, `The grid has at most ${MAX_GRID_COLUMNS} columns`),
    categories: z.array(seatCategoryDraftSchema).max(MAX_CATEGORIES, `At most ${MAX_CATEGORIES} seat categories`),
    seats: z.array(seatDraftSchema).min(1, "Draw at least one seat").max(MAX_SEATS, `A seat map has at most ${MAX_SEATS} seats`),
    layout: seatMapLayoutSchema.default({
      numbering: "ltr",
      rowLabelOverrides: [],
    }),
  })
  .superRefine((map, ctx) => {
    const names = new Map<string, number>();
    map.categories.forEach((c, i) => {
      const key = c.name.toLowerCase();
      if (names.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["categories", i, "name"],
          message: `Two categories are called ${c.name}`,
        });
      names.set(key, i);
    });
    const labels = new Map<string, string>();
    const cells = new Set<string>();
    const ids = new Set<string>();
    const duplicates: string[] = [];
    const outside: string[] = [];
    map.seats.forEach((seat, i) => {
      const label = `${seat.rowLabel}${seat.number}`;
      if (labels.has(label)) duplicates.push(label);
      labels.set(label, label);
      const cell = `${seat.row}:${seat.column}`;
      if (cells.has(cell))
        ctx.addIssue({
          code: "custom",
          path: ["seats", i],
          message: `Two seats share grid row ${seat.row + 1}, column ${seat.column + 1}`,
        });
      cells.add(cell);
      if (seat.id) {
        if (ids.has(seat.id))
          ctx.addIssue({
            code: "custom",
            path: ["seats", i, "id"],
            message: `Seat ${label} appears twice`,
          });
        ids.add(seat.id);
      }
      if (seat.row >= map.rows || seat.column >= map.columns) outside.push(label);
      if (seat.category !== null && !names.has(seat.category.toLowerCase()))
        ctx.addIssue({
          code: "custom",
          path: ["seats", i, "category"],
          message: `Seat ${label} uses an unknown category “${seat.category}”`,
        });
    });
    if (duplicates.length)
      ctx.addIssue({
        code: "custom",
        path: ["seats"],
        message: `Seat labels must be unique: ${[...new Set(duplicates)].slice(0, 10).join(", ")} used more than once`,
      });
    if (outside.length)
      ctx.addIssue({
        code: "custom",
        path: ["seats"],
        message: `Seats outside the grid: ${outside.slice(0, 10).join(", ")}`,
      });
  });

export type SeatMapDrawing = z.infer<typeof seatMapDrawingSchema>;
export type SeatMapDrawingInput = z.input<typeof seatMapDrawingSchema>;
export type SeatMapLayout = z.infer<typeof seatMapLayoutSchema>;

export const createAuditoriumFormSchema = z
  .object({
    name,
    venue,
    start: z.enum(["blank", "cinema"], { error: "Choose how to start" }),
    rows: z.coerce
      .number({ error: "Rows must be a number" })
      .int("Rows must be a whole number")
      .min(1, "At least 1 row")
      .max(MAX_GRID_ROWS, `At most ${MAX_GRID_ROWS} rows`),
    columns: z.coerce
      .number({ error: "Columns must be a number" })
      .int("Columns must be a whole number")
      .min(1, "At least 1 column")
      .max(MAX_GRID_COLUMNS, `At most ${MAX_GRID_COLUMNS} columns`),
  })
  .refine((f) => f.start !== "cinema" || f.rows * (f.columns >= 8 ? f.columns - 1 : f.columns) <= MAX_SEATS, {
    path: ["columns"],
    message: `A cinema that size has more than ${MAX_SEATS} seats`,
  });

export type CreateAuditoriumForm = z.infer<typeof createAuditoriumFormSchema>;

export const renameAuditoriumSchema = z.object({
  id: auditoriumIdSchema,
  name,
  venue,
});
export type RenameAuditoriumInput = z.input<typeof renameAuditoriumSchema>;
