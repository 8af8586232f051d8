import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { Profile } from "@/lib/services/users/user-profile";

type Role = Profile["role"];

const roleVariant: Record<Role, BadgeVariant> = { ADMIN: "danger", ORGANIZER: "brand", STAFF: "warning", USER: "neutral" };
const roleLabel: Record<Role, string> = { ADMIN: "Admin", ORGANIZER: "Organizer", STAFF: "Staff", USER: "User" };

const rolePlural: Record<Role, string> = { ADMIN: "Admins", ORGANIZER: "Organizers", STAFF: "Staff", USER: "Users" };

export function roleName(role: Role, plural = false) {
  return (plural ? rolePlural : roleLabel)[role];
}

export function RoleBadge({ role }: { role: Role }) {
  return <Badge variant={roleVariant[role]}>{roleLabel[role]}</Badge>;
}

type StatusFields = Pick<Profile, "emailConfirmed" | "twoFactorEnabled" | "disabled" | "lockedUntil">;

/** What an admin should notice about an account; nothing when all is ordinary. */
export function StatusBadges({ user, now }: { user: StatusFields; now: Date }) {
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  return (
    <span className="flex flex-wrap gap-1">
      {user.disabled && <Badge variant="danger">Disabled</Badge>}
      {locked && <Badge variant="warning">Locked</Badge>}
      {!user.emailConfirmed && <Badge variant="warning">Unconfirmed</Badge>}
      {user.twoFactorEnabled && <Badge variant="success">2FA</Badge>}
      {!user.disabled && !locked && user.emailConfirmed && !user.twoFactorEnabled && <span className="text-fg-muted">Active</span>}
    </span>
  );
}

export function fullName(user: Pick<Profile, "firstName" | "lastName">) {
  return [user.firstName, user.lastName].filter(Boolean).join(" ");
}
