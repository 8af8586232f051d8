import type { Metadata } from "next";
import { AttendanceButton } from "@/components/dashboard/attendance-button";
import { StatTiles } from "@/components/dashboard/stat-tiles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { getEventPeople } from "@/lib/services/dashboard/get-event-sales";
import { loadDashboardEvent } from "../load-event";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Participants" };

function Person({ name, email }: { name: string; email: string | null }) {
  return (
    <div className="max-w-64">
      <p className="truncate font-medium">{name}</p>
      {email && <p className="truncate text-xs text-fg-muted">{email}</p>}
    </div>
  );
}

/** Registrations with attendance, holders of bought tickets, and the waiting list, in tabs. */
export default async function EventParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireOrganizer(`/dashboard/events/${id}/participants`);
  const event = await loadDashboardEvent(actor, id);
  const people = await getEventPeople(actor, event.id);
  const tz = env().APP_TIMEZONE;
  const attended = people.participants.filter((p) => p.attended).length + people.ticketHolders.filter((t) => t.status === "USED").length;
  const cancelled = event.status === "CANCELLED";

  return (
    <div className="flex flex-col gap-6">
      <StatTiles
        tiles={[
          { label: "Registered", value: people.participants.length, hint: event.capacity ? `of ${event.capacity} places` : undefined },
          { label: "Ticket holders", value: people.ticketHolders.length },
          { label: "Attended", value: attended },
          { label: "Waiting list", value: people.waitingList.length },
        ]}
      />
      <Tabs defaultValue={people.ticketHolders.length && !people.participants.length ? "tickets" : "registered"}>
        <TabsList aria-label="Participant lists">
          <TabsTrigger value="registered">Registered ({people.participants.length})</TabsTrigger>
          <TabsTrigger value="tickets">Ticket holders ({people.ticketHolders.length})</TabsTrigger>
          <TabsTrigger value="waiting">Waiting list ({people.waitingList.length})</TabsTrigger>
        </TabsList>
        <TabsContent value="registered">
          {people.participants.length ? (
            <Table aria-label="Registered participants">
              <TableHeader>
                <TableRow>
                  <TableHead>Participant</TableHead>
                  <TableHead>Registered</TableHead>
                  <TableHead>Attendance</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.participants.map((p) => (
                  <TableRow key={p.userId}>
                    <TableCell>
                      <Person name={p.name} email={p.email} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-fg-muted">{formatDateTime(p.registeredAt, tz)}</TableCell>
                    <TableCell>
                      {p.attended ? (
                        <Badge variant="success">Attended{p.checkIn ? ` · ${formatDateTime(p.checkIn.at, tz)}` : ""}</Badge>
                      ) : cancelled ? (
                        <span className="text-sm text-fg-muted">—</span>
                      ) : (
                        <AttendanceButton eventId={event.id} userId={p.userId} name={p.name} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <EmptyState title="No registrations" description="People who register for this event appear here, with a button to mark them as attended." />
          )}
        </TabsContent>
        <TabsContent value="tickets">
          {people.ticketHolders.length ? (
            <Table aria-label="Ticket holders">
              <TableHeader>
                <TableRow>
                  <TableHead>Holder</TableHead>
                  <TableHead>Ticket</TableHead>
                  {event.kind === "FILM" && <TableHead>Showtime</TableHead>}
                  <TableHead>Seat</TableHead>
                  <TableHead>Checked in</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.ticketHolders.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell>
                      <Person name={t.holder.name} email={t.holder.email} />
                    </TableCell>
                    <TableCell className="font-mono text-xs">{t.code}</TableCell>
                    {event.kind === "FILM" && <TableCell className="whitespace-nowrap text-fg-muted">{t.showtime ? formatDateTime(t.showtime.startsAt, tz) : "—"}</TableCell>}
                    <TableCell>{t.seatLabel ?? <span className="text-fg-muted">General</span>}</TableCell>
                    <TableCell>
                      {t.status === "USED" ? <Badge variant="success">{t.usedAt ? formatDateTime(t.usedAt, tz) : "Yes"}</Badge> : <span className="text-sm text-fg-muted">Not yet</span>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <EmptyState title="No tickets sold" description="Buyers of tickets appear here with their seats; staff check them in with the door scanner." />
          )}
        </TabsContent>
        <TabsContent value="waiting">
          {people.waitingList.length ? (
            <Table aria-label="Waiting list">
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Person</TableHead>
                  <TableHead>Waiting since</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.waitingList.map((p, i) => (
                  <TableRow key={p.userId}>
                    <TableCell className="tabular-nums text-fg-muted">{i + 1}</TableCell>
                    <TableCell>
                      <Person name={p.name} email={p.email} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-fg-muted">{formatDateTime(p.registeredAt, tz)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <EmptyState title="Nobody is waiting" description="When the event is full, new registrations join this list in order and get a place as soon as one frees up." />
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}
