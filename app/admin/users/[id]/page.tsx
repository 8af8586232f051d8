import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { fullName, RoleBadge, StatusBadges } from "@/components/admin/user-badges";
import { UserAuditCard } from "@/components/admin/user-audit-card";
import { UserManageCard } from "@/components/admin/user-manage-card";
import { UserProfileCard } from "@/components/admin/user-profile-card";
import { UserRegistrationsCard } from "@/components/admin/user-registrations-card";
import { UserSessionsCard } from "@/components/admin/user-sessions-card";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { getUserDetail, type AdminActor } from "@/lib/services/users/admin-users";
import { listUsernames } from "@/lib/services/users/list-usernames";
import { userIdSchema } from "@/lib/validation/admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "User" };

// Malformed ids and unknown users are both a plain 404.
async function loadDetail(actor: AdminActor, id: string) {
  const userId = userIdSchema.safeParse(id);
  if (!userId.success) notFound();
  try {
    return await getUserDetail(actor, userId.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** One account: profile, role and access controls, sessions, registrations and audit trail. */
export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ roles: ["ADMIN"], next: `/admin/users/${encodeURIComponent(id)}` });
  const { user, sessions, registrations, audit } = await loadDetail(actor, id);
  const actorNames = await listUsernames(
    actor,
    audit.flatMap((entry) => (entry.actorId && entry.actorId !== user.id ? [entry.actorId] : [])),
  );
  const timeZone = env().APP_TIMEZONE;
  const now = new Date();
  const isSelf = actor.userId === user.id;
  const name = fullName(user);

  return (
    // scroll-mt keeps the top clear of the sticky header when Next scrolls this segment into view.
    <div className="flex scroll-mt-20 flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href="/admin/users" className="w-fit rounded text-sm font-medium text-brand hover:underline">
          ← All users
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h2 className="text-2xl font-semibold tracking-tight break-all text-fg">@{user.username}</h2>
          <RoleBadge role={user.role} />
          <StatusBadges user={user} now={now} />
          {isSelf && <span className="text-sm text-fg-muted">(you)</span>}
        </div>
        <p className="text-sm break-words text-fg-muted">{[name, user.email].filter(Boolean).join(" · ")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <UserProfileCard user={user} timeZone={timeZone} now={now} />
        <UserManageCard user={user} isSelf={isSelf} />
      </div>
      <UserSessionsCard userId={user.id} username={user.username} sessions={sessions} timeZone={timeZone} isSelf={isSelf} />
      <UserRegistrationsCard registrations={registrations} timeZone={timeZone} />
      <UserAuditCard userId={user.id} audit={audit} actorNames={actorNames} timeZone={timeZone} />
    </div>
  );
}
