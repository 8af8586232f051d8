import "server-only";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/http/errors";
import { createAuditoriumFormSchema, seatMapDrawingSchema, type CreateAuditoriumForm } from "@/lib/validation/auditoriums";
import type { AuditoriumActor } from "./auditorium-access";
import { cinemaPreset } from "./cinema-preset";
import { writeSeatMap } from "./save-seat-map";

/**
 * Creates an organizer's seat map: an empty R x C grid to draw on, or the
 * cinema preset (seats everywhere but a centre aisle). An admin's maps are
 * theirs too; shared maps (no organizer) come from the demo data.
 */
export async function createAuditoriumDraft(actor: AuditoriumActor, input: CreateAuditoriumForm) {
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") throw forbidden("Only organizers manage seat maps");
  const data = createAuditoriumFormSchema.parse(input);
  return db.$transaction(async (tx) => {
    const auditorium = await tx.auditorium.create({
      data: {
        name: data.name,
        venue: data.venue || null,
        organizerId: actor.userId,
        rowCount: data.rows,
        columnCount: data.columns,
        layout: { numbering: "ltr", rowLabelOverrides: [] },
      },
      select: { id: true },
    });
    if (data.start === "cinema") await writeSeatMap(tx, actor, auditorium.id, seatMapDrawingSchema.parse(cinemaPreset(data.rows, data.columns)), new Date());
    return auditorium;
  });
}
