// The event as S0, S2 and S3 show it. Each document names the fields its own
// way; an endpoint that two documents share answers the union (API-CONTRACT
// rule 3): S0's integer `id`, S2's `_id`, S3's snake_case fields.
import { env } from "@/lib/env";
import { dateIn } from "@/lib/time";

export type CompatEventSource = {
  id: string;
  legacyId: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  venue: string | null;
  capacity: number | null;
  priceMinor: number;
  currency: string;
  organizerId: string | null;
  createdAt: Date;
  participantCount?: number;
};

/** S0's `date` ("2023-05-24", in the venue's time zone), which S2's string `date` also is. */
export const s0Date = (startsAt: Date) => dateIn(startsAt, env().APP_TIMEZONE);

const common = (e: CompatEventSource) => ({
  _id: e.id,
  name: e.title,
  title: e.title,
  date: s0Date(e.startsAt),
  description: e.description,
  start_time: e.startsAt,
  end_time: e.endsAt,
  location: e.venue,
  organizer_id: e.organizerId,
  capacity: e.capacity,
  participant_count: e.participantCount ?? 0,
  price: e.priceMinor / 100,
  currency: e.currency,
  created_at: e.createdAt,
});

/** S0/S2 list entries (`GET /events`): `id` is S0's integer id, `_id` the UUID. */
export const listedEventJson = (e: CompatEventSource) => ({ id: e.legacyId, ...common(e) });

/** S3 (and S2's created event): `id` is the UUID, `legacy_id` S0's integer id. */
export const s3EventJson = (e: CompatEventSource) => ({ id: e.id, legacy_id: e.legacyId, ...common(e) });

/** S3's word for a registration status. */
export const s3Status = (status: "REGISTERED" | "WAITLISTED" | "CANCELLED") => status.toLowerCase();
