import { endUserSessionsAction } from "@/app/admin/actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { getUserDetail } from "@/lib/services/users/admin-users";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { describeUserAgent } from "@/lib/user-agent";
import { When } from "./when";

type Session = Awaited<ReturnType<typeof getUserDetail>>["sessions"][number];

/** Live sessions (web and API tokens alike) with a button that ends them all. */
export function UserSessionsCard({
  userId,
  username,
  sessions,
  timeZone,
  isSelf,
}: {
  userId: string;
  username: string;
  sessions: Session[];
  timeZone: string;
  isSelf: boolean;
}) {
  return (
    <Card>
      <CardHeader>
        {/* CardHeader is a grid; the inner flex puts the button beside the title on wide screens. */}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="grid gap-1">
            <CardTitle>Active sessions</CardTitle>
            <CardDescription>Signed-in browsers and API tokens that have not expired or been revoked.</CardDescription>
          </div>
          {sessions.length > 0 && (
            <ConfirmActionButton
              action={endUserSessionsAction}
              fields={{ userId }}
              label="End all sessions"
              title={isSelf ? "End your other sessions?" : `End all sessions of @${username}?`}
              description={
                isSelf
                  ? "Every other device you are signed in on will be signed out. This browser stays signed in."
                  : "They will be signed out on every device and have to sign in again."
              }
              confirmLabel="End sessions"
              destructive
            />
          )}
        </div>
      </CardHeader>
      <CardContent>
        {sessions.length ? (
          <Table aria-label="Active sessions">
            <TableHeader>
              <TableRow>
                <TableHead>Device</TableHead>
                <TableHead>IP address</TableHead>
                <TableHead>Signed in</TableHead>
                <TableHead>Last seen</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.map((session) => (
                <TableRow key={session.id}>
                  <TableCell className="whitespace-nowrap" title={session.userAgent ?? undefined}>
                    {describeUserAgent(session.userAgent)}
                  </TableCell>
                  <TableCell className="font-mono text-xs whitespace-nowrap">{session.ip ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap text-fg-muted">
                    <When date={session.createdAt} timeZone={timeZone} />
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-fg-muted">
                    <When date={session.lastSeenAt} timeZone={timeZone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState title="No active sessions" description="This user is not signed in anywhere." className="py-8" />
        )}
      </CardContent>
    </Card>
  );
}
