import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { saveSeatMapAction } from "@/app/dashboard/auditoriums/actions";
import { AuditoriumDetails } from "@/components/seat-map-editor/auditorium-details";
import { SeatMapEditor } from "@/components/seat-map-editor/seat-map-editor";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { getAuditorium } from "@/lib/services/auditoriums/get-auditorium";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Seat map editor", robots: { index: false } };

/** The seat-map editor for one auditorium (read-only for shared maps unless admin). */
export default async function AuditoriumEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ roles: ["ORGANIZER", "ADMIN"], next: `/dashboard/auditoriums/${id}` });
  const map = await getAuditorium(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const saved = { rowCount: map.rowCount, columnCount: map.columnCount, layout: map.layout, categories: map.categories, seats: map.seats };
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-3">
        <Link href="/dashboard/auditoriums" className="w-fit rounded text-sm font-medium text-brand hover:underline">
          ← Seat maps
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h2 className="text-2xl font-semibold tracking-tight break-words text-fg">{map.name}</h2>
          {map.shared && <Badge>Shared</Badge>}
          {!map.editable && <Badge variant="warning">Read-only</Badge>}
        </div>
        <p className="text-sm text-fg-muted">
          {[map.venue, `${map.seats.length} seats`, map.showtimeCount ? `used by ${map.showtimeCount} showtime${map.showtimeCount === 1 ? "" : "s"}` : "no showtimes yet"]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {map.editable && <AuditoriumDetails id={map.id} name={map.name} venue={map.venue} showtimeCount={map.showtimeCount} />}
      </div>
      <SeatMapEditor auditoriumId={map.id} saved={saved} readOnly={!map.editable} showtimeCount={map.showtimeCount} save={saveSeatMapAction} />
    </div>
  );
}
