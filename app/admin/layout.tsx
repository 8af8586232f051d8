import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireActor } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Tessera" }, robots: { index: false } };

// The layout's check is for the page chrome only: layouts do not re-run for
// every navigation or server action, so each page and action checks again.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireActor({ roles: ["ADMIN"], next: "/admin" });
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-fg">Admin</h1>
        <AdminNav />
      </header>
      {children}
    </div>
  );
}
