import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Profile } from "@/lib/services/users/user-profile";
import { fullName, RoleBadge, StatusBadges } from "./user-badges";
import { When } from "./when";

/** The admin user list; the username links to the user's page. Scrolls sideways on phones. */
export function UsersTable({ users, timeZone, now }: { users: Profile[]; timeZone: string; now: Date }) {
  return (
    <Table aria-label="Users">
      <TableHeader>
        <TableRow>
          <TableHead>Username</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>E-mail</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last login</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="font-medium whitespace-nowrap">
              <Link href={`/admin/users/${user.id}`} className="rounded text-brand hover:underline">
                {user.username}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">{fullName(user) || <span className="text-fg-muted">—</span>}</TableCell>
            <TableCell className="max-w-64 truncate" title={user.email}>
              {user.email}
            </TableCell>
            <TableCell>
              <RoleBadge role={user.role} />
            </TableCell>
            <TableCell className="min-w-32">
              <StatusBadges user={user} now={now} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-fg-muted">
              <When date={user.createdAt} timeZone={timeZone} withTime={false} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-fg-muted">
              {user.lastLoginAt ? <When date={user.lastLoginAt} timeZone={timeZone} /> : "Never"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
