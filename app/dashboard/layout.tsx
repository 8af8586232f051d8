import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TabNav } from "@/components/ui/tab-nav";
import { requireOrganizer } from "@/lib/auth/require-organizer";

export const metadata: Metadata = { title: { default: "Dashboard", template: "%s · Dashboard · Tessera" }, robots: { index: false } };

// The layout's check is for the chrome only: layouts do not re-run on every
// navigation or server action, so each page and action checks again.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireOrganizer("/dashboard");
  if (!actor) {
    return (
      <div className="mx-auto flex w-full max-w-xl flex-col gap-4 py-8">
        <h1 className="text-sm font-semibold tracking-wide text-fg-muted uppercase">Error 403 · Dashboard</h1>
        <EmptyState
          title="The dashboard is for organizers"
          description="Your account can buy tickets and register for events, but not create them. Ask an administrator to make you an organizer."
          action={
            <Link href="/events" className={buttonClasses({ variant: "outline" })}>
              Browse events
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-fg">Dashboard</h1>
        <TabNav
          label="Dashboard sections"
          items={[
            { href: "/dashboard", label: "Events", except: ["/dashboard/auditoriums"] },
            { href: "/dashboard/auditoriums", label: "Seat maps" },
          ]}
        />
      </header>
      {children}
    </div>
  );
}
