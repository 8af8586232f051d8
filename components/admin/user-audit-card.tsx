import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { getUserDetail } from "@/lib/services/users/admin-users";
import { When } from "./when";

type AuditEntry = Awaited<ReturnType<typeof getUserDetail>>["audit"][number];

/** Flat metadata as "key: value" pairs; nested values are left out (the log is for skimming, not forensics). */
function describeMetadata(metadata: AuditEntry["metadata"]): string {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return "";
  const record = metadata as Record<string, unknown>;
  if (typeof record.from === "string" && typeof record.to === "string") return `${record.from} → ${record.to}`;
  return Object.entries(record)
    .filter(([, value]) => ["string", "number", "boolean"].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

/** The last 50 audit entries where this user acted or was acted on. */
export function UserAuditCard({
  userId,
  audit,
  actorNames,
  timeZone,
}: {
  userId: string;
  audit: AuditEntry[];
  /** Usernames of the other users who acted, by id; a missing one was deleted. */
  actorNames: Record<string, string>;
  timeZone: string;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Audit trail</CardTitle>
        <CardDescription>The last 50 events by or about this user, newest first.</CardDescription>
      </CardHeader>
      <CardContent>
        {audit.length ? (
          <Table aria-label="Audit trail">
            <TableHeader>
              <TableRow>
                <TableHead>Action</TableHead>
                <TableHead>Details</TableHead>
                <TableHead>By</TableHead>
                <TableHead>IP address</TableHead>
                <TableHead>Time</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {audit.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell className="font-mono text-xs whitespace-nowrap">{entry.action}</TableCell>
                  <TableCell className="min-w-48 text-fg-muted">{describeMetadata(entry.metadata) || "—"}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {entry.actorId === null ? (
                      <span className="text-fg-muted">System</span>
                    ) : entry.actorId === userId ? (
                      "This user"
                    ) : actorNames[entry.actorId] ? (
                      <Link href={`/admin/users/${entry.actorId}`} className="text-brand hover:underline">
                        {actorNames[entry.actorId]}
                      </Link>
                    ) : (
                      <span className="text-fg-muted">Deleted user</span>
                    )}
                  </TableCell>
                  <TableCell className="font-mono text-xs whitespace-nowrap">{entry.ip ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap text-fg-muted">
                    <When date={entry.createdAt} timeZone={timeZone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <EmptyState title="No audit entries" description="Nothing has been recorded for this user yet." className="py-8" />
        )}
      </CardContent>
    </Card>
  );
}
