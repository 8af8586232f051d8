import "server-only";
import type { DbTx } from "@/lib/db/client";
import { badRequest } from "@/lib/http/errors";
import type { SeatMapDrawing } from "@/lib/validation/auditoriums";

/**
 * Brings an auditorium's categories in line with the drawing: categories
 * with an id are updated (so showtime prices stay attached), new ones
 * created, missing ones deleted (their seats become uncategorised, their
 * showtime prices go). Returns lower-cased name → id. Runs inside the
 * caller's transaction, after the auditorium is locked.
 */
export async function saveSeatCategories(tx: DbTx, auditoriumId: string, categories: SeatMapDrawing["categories"]) {
  const existing = await tx.seatCategory.findMany({ where: { auditoriumId }, select: { id: true, name: true } });
  const known = new Set(existing.map((c) => c.id));
  const unknown = categories.filter((c) => c.id && !known.has(c.id));
  if (unknown.length) throw badRequest(`Unknown seat category: ${unknown.map((c) => c.name).join(", ")}. Reload the editor and try again.`);
  // A category sent without id continues the unclaimed one of the same name (API clients, a second save).
  const claimed = new Set(categories.flatMap((c) => (c.id ? [c.id] : [])));
  const drawn = categories.map((c) => {
    if (c.id) return c;
    const same = existing.find((e) => !claimed.has(e.id) && e.name.toLowerCase() === c.name.toLowerCase());
    if (same) claimed.add(same.id);
    return same ? { ...c, id: same.id } : c;
  });

  const keep = new Set(drawn.flatMap((c) => (c.id ? [c.id] : [])));
  const gone = existing.filter((c) => !keep.has(c.id)).map((c) => c.id);
  if (gone.length) await tx.seatCategory.deleteMany({ where: { id: { in: gone } } });

  // Renames go through a temporary name so two categories can swap names.
  const renamed = drawn.filter((c) => c.id && existing.find((e) => e.id === c.id)?.name !== c.name);
  for (const c of renamed)
    await tx.seatCategory.update({
      where: { id: c.id },
      data: { name: `~${c.id!.slice(0, 30)}` },
    });

  const ids = new Map<string, string>();
  for (const [sortOrder, c] of drawn.entries()) {
    const data = {
      name: c.name,
      color: c.color,
      defaultPriceMinor: c.defaultPriceMinor,
      sortOrder,
    };
    const saved = c.id
      ? await tx.seatCategory.update({
          where: { id: c.id },
          data,
          select: { id: true },
        })
      : await tx.seatCategory.create({
          data: { ...data, auditoriumId },
          select: { id: true },
        });
    ids.set(c.name.toLowerCase(), saved.id);
  }
  return ids;
}
