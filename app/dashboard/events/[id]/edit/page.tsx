import type { Metadata } from "next";
import { eventDefaults } from "@/components/dashboard/event-defaults";
import { EventForm } from "@/components/dashboard/event-form";
import { Card, CardContent } from "@/components/ui/card";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { env } from "@/lib/env";
import { loadDashboardEvent } from "../load-event";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireOrganizer(`/dashboard/events/${id}/edit`);
  const event = await loadDashboardEvent(actor, id);
  const timeZone = env().APP_TIMEZONE;
  return (
    <Card>
      <CardContent>
        {/* The key remounts the form after a save, so it shows what was stored (e.g. the new image). */}
        <EventForm key={event.imagePath ?? "none"} defaults={eventDefaults(event, timeZone)} timeZone={timeZone} />
      </CardContent>
    </Card>
  );
}
