import "server-only";
import { db } from "@/lib/db/client";
import { renameAuditoriumSchema, type RenameAuditoriumInput } from "@/lib/validation/auditoriums";
import { lockEditableAuditorium, type AuditoriumActor } from "./auditorium-access";

/** Renames a seat map and sets its venue. */
export async function renameAuditorium(actor: AuditoriumActor, input: RenameAuditoriumInput) {
  const data = renameAuditoriumSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockEditableAuditorium(tx, actor, data.id);
    return tx.auditorium.update({
      where: { id: data.id },
      data: { name: data.name, venue: data.venue || null },
      select: { id: true, name: true, venue: true },
    });
  });
}
