import type { Metadata } from "next";
import Link from "next/link";
import { NewAuditoriumForm } from "@/components/seat-map-editor/new-auditorium-form";
import { requireActor } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "New seat map", robots: { index: false } };

/** Name, venue and a starting grid for a new seat map. */
export default async function NewAuditoriumPage() {
  await requireActor({ roles: ["ORGANIZER", "ADMIN"], next: "/dashboard/auditoriums/new" });
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href="/dashboard/auditoriums" className="w-fit rounded text-sm font-medium text-brand hover:underline">
          ← Seat maps
        </Link>
        <h2 className="text-2xl font-semibold tracking-tight text-fg">New seat map</h2>
        <p className="text-sm text-fg-muted">Pick a starting point; you draw the rest in the editor. Rows and columns can be added or removed later.</p>
      </div>
      <NewAuditoriumForm />
    </div>
  );
}
