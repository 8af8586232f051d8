import "server-only";
import { db } from "@/lib/db/client";

/**
 * The categories' default prices as createShowtime's `categoryPrices`
 * (name → minor units), for a showtime form to pre-fill. Categories without
 * a default are left out, so they sell at the showtime's base price.
 */
export async function suggestedCategoryPrices(auditoriumId: string): Promise<Record<string, number>> {
  const categories = await db.seatCategory.findMany({
    where: { auditoriumId },
    select: { name: true, defaultPriceMinor: true },
  });
  return Object.fromEntries(categories.flatMap((c) => (c.defaultPriceMinor === null ? [] : [[c.name, c.defaultPriceMinor]])));
}
