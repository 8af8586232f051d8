import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { createEventSchema, type CreateEventInput } from "@/lib/validation/events";

export async function createEvent(input: CreateEventInput, organizerId: string | null, tx: DbTx = db) {
  const { published, ...data } = createEventSchema.parse(input);
  return tx.event.create({
    data: { ...data, organizerId, publishedAt: published ? new Date() : null },
  });
}
