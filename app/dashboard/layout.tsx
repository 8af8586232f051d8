import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TabNav } from "@/components/ui/tab-nav";
import { requireOrganizer } from "@/lib/auth/require-organizer";

export const metadata: Metadata = { title: { default: "Dashboard", template: "%s · Dashboard · Tessera" }, robots: { index: false } };

// The layout's check is for the chrome only: layouts do not re-run on every
// navigation or server action, so each page and action checks again.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requireOrganizer("/dashboard");
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
