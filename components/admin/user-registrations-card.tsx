import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { getUserDetail } from "@/lib/services/users/admin-users";
import { When } from "./when";

type Registration = Awaited<ReturnType<typeof getUserDetail>>["registrations"][number];

const statusVariant: Record<Registration["status"], BadgeVariant> = { REGISTERED: "success", WAITLISTED: "warning", CANCELLED: "neutral" };
const statusLabel: Record<Registration["status"], string> = { REGISTERED: "Registered", WAITLISTED: "Waiting list", CANCELLED: "Cancelled" };

/** Free-event registrations of the user, newest first. */
export function UserRegistrationsCard({ registrations, timeZone }: { registrations: Registration[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Registrations</CardTitle>
      </CardHeader>
      <CardContent>
        {registrations.length ? (
          <Table aria-label="Registrations">
            <TableHeader>
              <TableRow>
                <TableHead>Event</TableHead>
                <TableHead>Starts</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Attended</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {registrations.map((registration) => (
                <TableRow key={registration.id}>
                  <TableCell className="min-w-48 font-medium">{registration.event.title}</TableCell>
                  <TableCell className="whitespace-nowrap text-fg-muted">
                    <When date={registration.event.startsAt} timeZone={timeZone} />
                  </TableCell>
                  <TableCell>
                    <Badge variant={statusVariant[registration.status]}>{statusLabel[registration.status]}</Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {registration.attendedAt ? (
                      <span>
                        Yes, <When date={registration.attendedAt} timeZone={timeZone} />
                      </span>
                    ) : (
                      <span className="text-fg-muted">No</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState title="No registrations" description="This user has not registered for any event." className="py-8" />
        )}
      </CardContent>
    </Card>
  );
}
