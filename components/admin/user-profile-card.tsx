import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Profile } from "@/lib/services/users/user-profile";
import { fullName, RoleBadge, StatusBadges } from "./user-badges";
import { When } from "./when";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-sm break-words text-fg">{children}</dd>
    </div>
  );
}

/** Everything the account record says about a user, decrypted for the admin. */
export function UserProfileCard({ user, timeZone, now }: { user: Profile; timeZone: string; now: Date }) {
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="flex flex-col gap-3">
          <Row label="Username">{user.username}</Row>
          <Row label="Name">{fullName(user) || <span className="text-fg-muted">Not given</span>}</Row>
          <Row label="E-mail">
            {user.email} <span className="text-fg-muted">({user.emailConfirmed ? "confirmed" : "not confirmed"})</span>
          </Row>
          <Row label="Role">
            <RoleBadge role={user.role} />
          </Row>
          <Row label="Status">
            <StatusBadges user={user} now={now} />
          </Row>
          <Row label="Two-factor">{user.twoFactorEnabled ? "On" : "Off"}</Row>
          {locked && user.lockedUntil && (
            <Row label="Locked until">
              <When date={user.lockedUntil} timeZone={timeZone} />
            </Row>
          )}
          <Row label="Last login">{user.lastLoginAt ? <When date={user.lastLoginAt} timeZone={timeZone} /> : "Never"}</Row>
          <Row label="Created">
            <When date={user.createdAt} timeZone={timeZone} />
          </Row>
          <Row label="Updated">
            <When date={user.updatedAt} timeZone={timeZone} />
          </Row>
          <Row label="IDs">
            <span className="font-mono text-xs break-all">{user.id}</span> <span className="text-fg-muted">· legacy #{user.legacyId}</span>
          </Row>
        </dl>
      </CardContent>
    </Card>
  );
}
