import type { Metadata } from "next";
import Link from "next/link";
import { roleName } from "@/components/admin/user-badges";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { requireActor } from "@/lib/auth/viewer";
import { countUsersByRole } from "@/lib/services/users/count-users-by-role";
import { ROLES } from "@/lib/validation/admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

/** Accounts per role, each linking to the filtered user list. */
export default async function AdminOverviewPage() {
  const actor = await requireActor({ roles: ["ADMIN"], next: "/admin" });
  const counts = await countUsersByRole(actor);
  const tiles = [
    { label: "All accounts", value: counts.total, href: "/admin/users" },
    ...ROLES.map((role) => ({ label: roleName(role, true), value: counts.byRole[role], href: `/admin/users?role=${role}` })),
  ];

  return (
    <section aria-labelledby="overview-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="overview-heading" className="text-xl font-semibold tracking-tight text-fg">Accounts</h2>
        <p className="mt-1 text-sm text-fg-muted">
          {counts.disabled === 0 ? "No account is disabled." : `${counts.disabled} disabled account${counts.disabled === 1 ? "" : "s"}.`}
        </p>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Link
              href={tile.href}
              className={cn("flex flex-col gap-1 rounded-xl border border-border bg-surface p-4 shadow-xs transition-colors hover:bg-surface-muted/60", focusRing)}
            >
              <span className="text-sm text-fg-muted">{tile.label}</span>
              <span className="text-2xl font-semibold text-fg">{tile.value}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
