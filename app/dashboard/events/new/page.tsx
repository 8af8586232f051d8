import type { Metadata } from "next";
import Link from "next/link";
import { newEventDefaults } from "@/components/dashboard/event-defaults";
import { EventForm } from "@/components/dashboard/event-form";
import { Card, CardContent } from "@/components/ui/card";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create event" };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requireOrganizer("/dashboard/events/new");
  const { kind } = await searchParams;
  const timeZone = env().APP_TIMEZONE;
  return (
    <section aria-labelledby="new-event-heading" className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <Link href="/dashboard" className="text-sm text-fg-muted hover:text-fg hover:underline">
          ← All events
        </Link>
        <h2 id="new-event-heading" className="text-2xl font-semibold tracking-tight text-fg">
          Create event
        </h2>
        <p className="text-sm text-fg-muted">It is saved as a draft: nobody sees it until you publish it.</p>
      </div>
      <Card>
        <CardContent>
          <EventForm defaults={newEventDefaults(timeZone, kind === "FILM" ? "FILM" : "CONFERENCE")} timeZone={timeZone} />
        </CardContent>
      </Card>
    </section>
  );
}
