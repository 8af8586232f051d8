import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

const MAX_INT = 2_147_483_647;

/**
 * The UUID of the event a path names: S0's integer id (the `legacyId` this
 * server gave out) or a UUID (S3, S4). Anything else, or an unknown integer,
 * is 404 "Event not found". A UUID is passed through unchecked: the service
 * that uses it answers 404 for an unknown one.
 */
export async function resolveEventRef(ref: unknown): Promise<string> {
  const value = typeof ref === "number" ? String(ref) : typeof ref === "string" ? ref.trim() : "";
  if (z.uuid().safeParse(value).success) return value.toLowerCase();
  if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_INT) throw notFound("Event");
  const event = await db.event.findUnique({ where: { legacyId: Number(value) }, select: { id: true } });
  if (!event) throw notFound("Event");
  return event.id;
}
