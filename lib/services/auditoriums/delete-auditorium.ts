import "server-only";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import { lockEditableAuditorium, type AuditoriumActor } from "./auditorium-access";

/** Deletes a seat map with its seats and categories; refused while any showtime (past or upcoming) uses it. */
export async function deleteAuditorium(actor: AuditoriumActor, id: string) {
  await db.$transaction(async (tx) => {
    await lockEditableAuditorium(tx, actor, id);
    const showtimes = await tx.showtime.count({ where: { auditoriumId: id } });
    if (showtimes)
      throw conflict(`${showtimes === 1 ? "1 showtime uses" : `${showtimes} showtimes use`} this seat map. Move or delete them before deleting the map.`);
    await tx.auditorium.delete({ where: { id } });
  });
}
