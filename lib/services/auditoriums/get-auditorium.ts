import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { auditoriumIdSchema, seatMapLayoutSchema } from "@/lib/validation/auditoriums";
import { canEditAuditorium, visibleAuditoriums, type AuditoriumActor } from "./auditorium-access";

/** One seat map as the editor draws it: grid, categories, seats and the numbering settings. */
export async function getAuditorium(actor: AuditoriumActor, id: string) {
  if (!auditoriumIdSchema.safeParse(id).success) throw notFound("Seat map");
  const auditorium = await db.auditorium.findFirst({
    where: { id, ...visibleAuditoriums(actor) },
    select: {
      id: true,
      name: true,
      venue: true,
      organizerId: true,
      rowCount: true,
      columnCount: true,
      layout: true,
      updatedAt: true,
      categories: {
        select: { id: true, name: true, color: true, defaultPriceMinor: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      },
      seats: {
        select: {
          id: true,
          rowLabel: true,
          number: true,
          gridRow: true,
          gridColumn: true,
          categoryId: true,
          isAccessible: true,
          isDisabled: true,
        },
        orderBy: [{ gridRow: "asc" }, { gridColumn: "asc" }],
      },
      _count: { select: { showtimes: true } },
    },
  });
  if (!auditorium) throw notFound("Seat map");
  const { _count, layout, ...rest } = auditorium;
  const parsed = seatMapLayoutSchema.safeParse(layout ?? {});
  return {
    ...rest,
    layout: parsed.success ? parsed.data : { numbering: "ltr" as const, rowLabelOverrides: [] },
    showtimeCount: _count.showtimes,
    shared: rest.organizerId === null,
    editable: canEditAuditorium(actor, rest),
  };
}

export type AuditoriumDetail = Awaited<ReturnType<typeof getAuditorium>>;
