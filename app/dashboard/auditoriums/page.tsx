import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/viewer";
import { listAuditoriums } from "@/lib/services/auditoriums/list-auditoriums";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Seat maps", robots: { index: false } };

/** The organizer's seat maps and the shared ones, with seat counts. */
export default async function AuditoriumsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireActor({ roles: ["ORGANIZER", "ADMIN"], next: "/dashboard/auditoriums" });
  const [maps, { deleted }] = await Promise.all([listAuditoriums(actor), searchParams]);
  const newButton = (
    <Link href="/dashboard/auditoriums/new" className={buttonClasses()}>
      New seat map
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold tracking-tight text-fg">Seat maps</h2>
          <p className="mt-1 text-sm text-fg-muted">Auditoriums with rows, aisles and seat categories, ready for seated showtimes.</p>
        </div>
        {maps.length > 0 && newButton}
      </div>
      {deleted && (
        <p role="status" className="rounded-lg border border-success/30 bg-success-soft px-3 py-2 text-sm text-success">
          Seat map deleted.
        </p>
      )}
      {maps.length === 0 ? (
        <EmptyState
          icon={<SeatGridIcon />}
          title="No seat maps yet"
          description="Draw your first auditorium: start from a blank grid or a ready-made cinema, then paint seats, aisles and categories."
          action={newButton}
        />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Venue</TableHead>
              <TableHead className="text-right">Seats</TableHead>
              <TableHead className="text-right">Categories</TableHead>
              <TableHead className="text-right">Showtimes</TableHead>
              <TableHead className="sr-only">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {maps.map((m) => (
              <TableRow key={m.id}>
                <TableCell className="font-medium text-fg">
                  <Link href={`/dashboard/auditoriums/${m.id}`} className="rounded hover:underline">
                    {m.name}
                  </Link>
                  {m.shared && (
                    <Badge className="ml-2" variant="neutral">
                      Shared
                    </Badge>
                  )}
                </TableCell>
                <TableCell className="text-fg-muted">{m.venue ?? "—"}</TableCell>
                <TableCell className="text-right tabular-nums">{m.seatCount}</TableCell>
                <TableCell className="text-right tabular-nums">{m.categoryCount}</TableCell>
                <TableCell className="text-right tabular-nums">{m.showtimeCount}</TableCell>
                <TableCell className="text-right">
                  <Link href={`/dashboard/auditoriums/${m.id}`} className={buttonClasses({ variant: "outline", size: "sm" })} aria-label={`${m.editable ? "Edit" : "View"} ${m.name}`}>
                    {m.editable ? "Edit" : "View"}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

/** A screen over three rows of seats with an aisle. */
function SeatGridIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round">
      <path d="M5 4.5h14" />
      {[9, 14, 19].map((y) => (
        <path key={y} d={`M4 ${y}h2.5M8.5 ${y}h2M13.5 ${y}h2M17.5 ${y}h2.5`} strokeWidth={2.5} />
      ))}
    </svg>
  );
}
