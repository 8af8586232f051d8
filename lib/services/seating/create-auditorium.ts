import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { createAuditoriumSchema, type CreateAuditoriumInput } from "@/lib/validation/seating";

/** Creates an auditorium with its seat categories and seats. */
export async function createAuditorium(input: CreateAuditoriumInput, organizerId: string | null, tx?: DbTx) {
  const data = createAuditoriumSchema.parse(input);
  const run = async (t: DbTx) => {
    const auditorium = await t.auditorium.create({
      data: {
        name: data.name,
        venue: data.venue,
        organizerId,
        rowCount: data.seatMap.rows,
        columnCount: data.seatMap.columns,
        categories: { create: data.seatMap.categories.map((c, i) => ({ name: c.name, color: c.color, defaultPriceMinor: c.defaultPriceMinor, sortOrder: i })) },
      },
      include: { categories: true },
    });
    const categoryId = new Map(auditorium.categories.map((c) => [c.name, c.id]));
    await t.seat.createMany({
      data: data.seatMap.seats.map((s) => ({
        auditoriumId: auditorium.id,
        label: s.label ?? `${s.rowLabel}${s.number}`,
        rowLabel: s.rowLabel,
        number: s.number,
        gridRow: s.row,
        gridColumn: s.column,
        categoryId: s.category ? categoryId.get(s.category) : null,
        isAccessible: s.accessible,
        isDisabled: s.disabled,
      })),
    });
    return auditorium;
  };
  return tx ? run(tx) : db.$transaction(run);
}
