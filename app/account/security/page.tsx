import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AccountSection } from "@/components/account/section";
import { SessionList } from "@/components/account/session-list";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listActiveSessions } from "@/lib/services/auth/sessions";
import { remainingBackupCodes } from "@/lib/services/auth/two-factor";
import { getProfile } from "@/lib/services/users/user-profile";
import { describeUserAgent } from "@/lib/user-agent";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const actor = await requireActor({ next: "/account/security" });
  const tz = env().APP_TIMEZONE;
  const [profile, sessions, backupLeft] = await Promise.all([getProfile(actor.userId), listActiveSessions(actor.userId), remainingBackupCodes(actor.userId)]);
  return (
    <div className="flex flex-col gap-6">
      <AccountSection id="password" title="Password">
        <ChangePasswordForm />
      </AccountSection>
      <AccountSection
        id="two-factor"
        title="Two-factor authentication"
        description={profile.twoFactorEnabled ? `${backupLeft} unused backup code${backupLeft === 1 ? "" : "s"} left.` : undefined}
      >
        <TwoFactorPanel enabled={profile.twoFactorEnabled} />
      </AccountSection>
      <AccountSection id="sessions" title="Where you're signed in" description="Sign out devices you don't recognise.">
        <SessionList
          sessions={sessions.map((s) => ({
            id: s.id,
            device: describeUserAgent(s.userAgent),
            ip: s.ip,
            createdAt: formatDateTime(s.createdAt, tz),
            lastSeenAt: formatDateTime(s.lastSeenAt, tz),
            current: s.id === actor.sessionId,
          }))}
        />
      </AccountSection>
    </div>
  );
}
