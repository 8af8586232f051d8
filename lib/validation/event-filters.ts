import { z } from "zod";
import { isValidDate } from "@/lib/time";

// The public events list reads its filters from the URL: a value that makes
// no sense (a typo, an old link) is dropped rather than failing the page.
const day = z
  .string()
  .refine(isValidDate)
  .optional()
  .catch(undefined);

export const eventListFiltersSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    kind: z.enum(["film", "conference"]).optional().catch(undefined),
    price: z.enum(["free", "paid"]).optional().catch(undefined),
    venue: z.string().trim().min(1).max(200).optional().catch(undefined),
    from: day,
    to: day,
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  .transform((f) => {
    // An end before the start is a slip of the date picker: keep the start, say so.
    const reversed = Boolean(f.from && f.to && f.to < f.from);
    return { ...f, to: reversed ? undefined : f.to, reversedDates: reversed };
  });

export type EventListFilters = z.output<typeof eventListFiltersSchema>;

/** The filters that narrow the list (everything but the page). */
export function activeFilterCount(f: EventListFilters): number {
  return [f.q, f.kind, f.price, f.venue, f.from, f.to].filter(Boolean).length;
}
