"use client";

import { useCallback, useState } from "react";
import { cancelShowtimeAction } from "@/app/dashboard/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { SoldMeter } from "./event-badges";
import { ShowtimeForm, type AuditoriumOption, type ShowtimeFormDefaults } from "./showtime-form";

export type ShowtimeRow = {
  id: string;
  when: string;
  cancelled: boolean;
  auditorium: string | null;
  prices: string;
  sold: number;
  places: number | null;
  form: ShowtimeFormDefaults;
};

/** The showtime list with add, edit (in a dialog) and cancel (confirmed). */
export function ShowtimesManager({
  eventId,
  rows,
  auditoriums,
  newDefaults,
  locked,
}: {
  eventId: string;
  rows: ShowtimeRow[];
  auditoriums: AuditoriumOption[];
  newDefaults: ShowtimeFormDefaults;
  /** A cancelled event: nothing can be added or changed. */
  locked: boolean;
}) {
  const [editing, setEditing] = useState<ShowtimeFormDefaults | null>(null);
  const { toast } = useToast();
  const done = useCallback(
    (message?: string) => {
      setEditing(null);
      if (message) toast({ title: message, variant: "success" });
    },
    [toast],
  );

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h3 className="text-lg font-semibold text-fg">Showtimes</h3>
          <p className="text-sm text-fg-muted">Each showtime sells the seats of its auditorium, or a number of unseated places.</p>
        </div>
        {!locked && <Button onClick={() => setEditing(newDefaults)}>Add showtime</Button>}
      </div>
      {rows.length ? (
        <Table aria-label="Showtimes">
          <TableHeader>
            <TableRow>
              <TableHead>Starts</TableHead>
              <TableHead>Auditorium</TableHead>
              <TableHead>Prices</TableHead>
              <TableHead>Sold</TableHead>
              <TableHead align="right">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="whitespace-nowrap">
                  {row.when}
                  {row.cancelled && (
                    <Badge variant="danger" className="ml-2">
                      Cancelled
                    </Badge>
                  )}
                </TableCell>
                <TableCell className="text-fg-muted">{row.auditorium ?? "Unseated"}</TableCell>
                <TableCell className="min-w-40 text-sm text-fg-muted">{row.prices}</TableCell>
                <TableCell>
                  <SoldMeter sold={row.sold} places={row.places} />
                </TableCell>
                <TableCell className="text-right">
                  {!row.cancelled && !locked && (
                    <div className="flex justify-end gap-2">
                      <Button variant="outline" size="sm" onClick={() => setEditing(row.form)}>
                        Edit
                      </Button>
                      <ConfirmActionButton
                        action={cancelShowtimeAction}
                        fields={{ eventId, showtimeId: row.id }}
                        label="Cancel"
                        variant="ghost"
                        title={`Cancel the showtime on ${row.when}?`}
                        description={
                          row.sold
                            ? `${row.sold} ticket${row.sold === 1 ? " is" : "s are"} sold: every buyer is refunded in full and e-mailed. This cannot be undone.`
                            : "No tickets are sold yet. This cannot be undone."
                        }
                        confirmLabel="Cancel showtime"
                        destructive
                      />
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState
          title="No showtimes yet"
          description={auditoriums.length ? "Add the first showtime: pick an auditorium and set the seat prices." : "Add a showtime with a capacity, or draw an auditorium under Seat maps for reserved seating."}
          action={!locked && <Button onClick={() => setEditing(newDefaults)}>Add showtime</Button>}
        />
      )}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={editing?.id ? "Edit showtime" : "Add showtime"} size="lg">
        {editing && <ShowtimeForm eventId={eventId} auditoriums={auditoriums} defaults={editing} onDone={done} />}
      </Dialog>
    </div>
  );
}
