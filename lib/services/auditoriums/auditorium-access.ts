import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden, notFound } from "@/lib/http/errors";
import { auditoriumIdSchema } from "@/lib/validation/auditoriums";

export type AuditoriumActor = { userId: string; role: Role };

/**
 * Who may see which seat maps: an organizer their own and the shared ones
 * (no organizer), an admin all. Used as the `where` of every lookup.
 */
export function visibleAuditoriums(actor: AuditoriumActor) {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "ORGANIZER") throw forbidden("Only organizers manage seat maps");
  return { OR: [{ organizerId: actor.userId }, { organizerId: null }] };
}

/** Whether the actor may change this auditorium: its organizer or an admin; shared ones only an admin. */
export function canEditAuditorium(actor: AuditoriumActor, auditorium: { organizerId: string | null }) {
  return actor.role === "ADMIN" || (actor.role === "ORGANIZER" && auditorium.organizerId !== null && auditorium.organizerId === actor.userId);
}

/**
 * The auditorium the actor may change, locked for the rest of the
 * transaction so two saves of one map run one after the other. Someone
 * else's map is "not found" (its existence is not theirs to learn); a shared
 * one they can see but not change is forbidden.
 */
export async function lockEditableAuditorium(tx: DbTx, actor: AuditoriumActor, id: string) {
  if (!auditoriumIdSchema.safeParse(id).success) throw notFound("Seat map");
  const auditorium = await tx.auditorium.findFirst({
    where: { id, ...visibleAuditoriums(actor) },
    select: { id: true, organizerId: true },
  });
  if (!auditorium) throw notFound("Seat map");
  if (!canEditAuditorium(actor, auditorium)) throw forbidden("Only an admin can change a shared seat map");
  await tx.$queryRaw`SELECT id FROM auditoriums WHERE id = ${id}::uuid FOR UPDATE`;
  return auditorium;
}
