import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccount } from "@/components/account/delete-account";
import { ProfileForm } from "@/components/account/profile-form";
import { AccountSection } from "@/components/account/section";
import { FormMessage } from "@/components/forms/form-message";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { getProfile } from "@/lib/services/users/user-profile";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ confirmed?: string }> }) {
  const actor = await requireActor({ next: "/account" });
  const profile = await getProfile(actor.userId);
  const { confirmed } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      {confirmed && <FormMessage ok message="Thanks: your e-mail address is confirmed." />}
      <AccountSection id="profile" title="Profile" description={<>Signed in as <strong className="text-fg">{profile.username}</strong> · member since {formatDate(profile.createdAt, env().APP_TIMEZONE)}</>}>
        <div className="mb-5 flex flex-wrap gap-2">
          <Badge variant="brand" className="capitalize">{profile.role.toLowerCase()}</Badge>
          {profile.emailConfirmed ? <Badge variant="success">E-mail confirmed</Badge> : <Badge variant="warning">E-mail not confirmed</Badge>}
          {profile.twoFactorEnabled ? <Badge variant="success">2FA on</Badge> : <Badge variant="neutral">2FA off</Badge>}
        </div>
        {!profile.emailConfirmed && (
          <p className="mb-5 text-sm text-fg-muted">
            <Link href="/confirm-email" className="font-medium text-brand hover:underline">Confirm your e-mail address</Link> to buy tickets.
          </p>
        )}
        <ProfileForm profile={profile} />
      </AccountSection>
      <AccountSection id="danger" title="Delete account" tone="danger" description="Removes your account and personal data. Tickets already used stay in the organizers' records without your name.">
        <DeleteAccount />
      </AccountSection>
    </div>
  );
}
