import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SeatPicker } from "@/components/booking/seat-picker";
import { Badge } from "@/components/ui/badge";
import { getSessionActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { formatDateTime, formatDuration } from "@/lib/format";
import { AppError } from "@/lib/http/errors";
import { getSeatMap } from "@/lib/services/booking/get-seat-map";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose your seats" };

async function loadMap(id: string, userId?: string) {
  try {
    return await getSeatMap(id, { userId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ShowtimePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getSessionActor();
  const map = await loadMap(id, actor?.userId);
  const tz = env().APP_TIMEZONE;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href={`/events/${map.event.id}`} className="text-sm text-fg-muted hover:text-fg hover:underline">
          ← {map.event.title}
        </Link>
        <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">{map.event.title}</h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-fg-muted">
          <time dateTime={map.showtime.startsAt.toISOString()} className="font-medium text-fg">
            {formatDateTime(map.showtime.startsAt, tz)}
          </time>
          {map.auditorium && <span>· {map.auditorium.name}{map.auditorium.venue ? `, ${map.auditorium.venue}` : ""}</span>}
          {map.event.durationMinutes && <span>· {formatDuration(map.event.durationMinutes)}</span>}
          {map.event.rating && <Badge>{map.event.rating}</Badge>}
        </p>
      </header>
      {map.auditorium ? (
        <SeatPicker map={map} checkoutKey={randomUUID()} />
      ) : (
        <p className="rounded-xl border border-border bg-surface p-6 text-fg-muted">This show has no seat map; tickets are sold at the door.</p>
      )}
    </div>
  );
}
