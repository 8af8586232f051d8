"use client";

import { useEffect, useState, type ChangeEvent, type ReactNode } from "react";
import { saveEventAction } from "@/app/dashboard/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { eventFormSchema } from "@/lib/validation/dashboard";

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"];

/** What the form starts with: strings as the inputs show them (times on the venue's wall clock). */
export type EventFormDefaults = {
  id?: string;
  title: string;
  description: string;
  kind: "FILM" | "CONFERENCE";
  venue: string;
  startsAt: string;
  endsAt: string;
  speakers: string;
  prize: string;
  subEvents: string;
  capacity: string;
  price: string;
  currency: string;
  status: "UPCOMING" | "ONGOING" | "COMPLETED" | "CANCELLED";
  ticketStatus: "AVAILABLE" | "SOLD_OUT" | "CLOSED";
  durationMinutes: string;
  rating: string;
  genres: string;
  imageUrl: string | null;
};

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-5 border-t border-border pt-6 first:border-0 first:pt-0 md:grid-cols-[14rem_1fr] md:gap-8">
      <legend className="contents">
        <span className="flex flex-col gap-1">
          <span className="text-base font-semibold text-fg">{title}</span>
          {description && <span className="text-sm text-fg-muted">{description}</span>}
        </span>
      </legend>
      <div className="flex min-w-0 flex-col gap-4">{children}</div>
    </fieldset>
  );
}

/** Create and edit form of an event; validated here and again on the server with the same schema. */
export function EventForm({ defaults, timeZone }: { defaults: EventFormDefaults; timeZone: string }) {
  const { state, pending, onSubmit, message, error } = useFormAction(saveEventAction, eventFormSchema);
  const [kind, setKind] = useState(defaults.kind);
  const [preview, setPreview] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const [removeImage, setRemoveImage] = useState(false);
  const editing = Boolean(defaults.id);
  const cancelled = defaults.status === "CANCELLED";

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function onImage(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setImageError(null);
    setPreview(null);
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) setImageError("Only PNG, JPEG and WebP images are accepted");
    else if (file.size > MAX_IMAGE_BYTES) setImageError("The image must be at most 5 MB");
    if (!IMAGE_TYPES.includes(file.type) || file.size > MAX_IMAGE_BYTES) {
      event.target.value = "";
      return;
    }
    setRemoveImage(false);
    setPreview(URL.createObjectURL(file));
  }

  const shown = preview ?? (removeImage ? null : defaults.imageUrl);

  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" className="flex flex-col gap-6" aria-label={editing ? "Edit event" : "Create event"}>
      {defaults.id && <input type="hidden" name="eventId" value={defaults.id} />}
      <FormMessage ok={state.ok} message={message} />

      <Section title="Basics" description="What people see first on the event page.">
        <Input name="title" label="Title" required maxLength={200} defaultValue={defaults.title} error={error("title")} />
        <Select name="kind" label="Kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} error={error("kind")} hint={kind === "FILM" ? "Sold per showtime, usually with reserved seats." : "General admission with a capacity, free or paid."}>
          <option value="CONFERENCE">Conference-style event</option>
          <option value="FILM">Film</option>
        </Select>
        <Textarea name="description" label="Description" rows={6} defaultValue={defaults.description} error={error("description")} />
      </Section>

      <Section title="When and where" description={`Times are in the venue's time zone (${timeZone}).`}>
        <Input name="venue" label="Venue" maxLength={200} defaultValue={defaults.venue} error={error("venue")} />
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <Input name="startsAt" type="datetime-local" label="Starts" required defaultValue={defaults.startsAt} error={error("startsAt")} />
          <Input name="endsAt" type="datetime-local" label="Ends" defaultValue={defaults.endsAt} error={error("endsAt")} hint="Optional" />
        </div>
      </Section>

      <Section title="Image" description="PNG, JPEG or WebP up to 5 MB; stored as WebP, at most 1600 px wide.">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <div className="flex aspect-[16/9] w-full shrink-0 items-center justify-center overflow-hidden rounded-lg border border-border bg-surface-muted sm:w-56">
            {shown ? (
              // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) or an upload; next/image adds nothing here
              <img src={shown} alt="Event image preview" className="size-full object-cover" />
            ) : (
              <span className="text-sm text-fg-muted">No image</span>
            )}
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-3">
            <Input
              name="image"
              type="file"
              label={defaults.imageUrl ? "Replace image" : "Upload image"}
              accept="image/png,image/jpeg,image/webp"
              onChange={onImage}
              error={imageError ?? error("image")}
              className="py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-surface-muted file:px-3 file:py-1 file:text-sm file:font-medium file:text-fg"
            />
            {defaults.imageUrl && !preview && (
              <Checkbox name="removeImage" label="Remove the current image" checked={removeImage} onChange={(e) => setRemoveImage(e.target.checked)} />
            )}
          </div>
        </div>
      </Section>

      <Section title="Tickets" description="General admission: a capacity and a price (0 is free). Films set prices per showtime.">
        <div className="grid items-start gap-4 sm:grid-cols-3">
          <Input name="capacity" type="number" inputMode="numeric" min={1} label="Capacity" defaultValue={defaults.capacity} error={error("capacity")} hint="Empty: unlimited" />
          <Input name="price" inputMode="decimal" label="Price" placeholder="0.00" defaultValue={defaults.price} error={error("price")} hint="0 or empty: free" />
          <Input name="currency" label="Currency" maxLength={3} defaultValue={defaults.currency} error={error("currency")} className="uppercase" />
        </div>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <Select name="status" label="Status" defaultValue={defaults.status} error={error("status")} disabled={cancelled} hint={cancelled ? "Cancelled events stay cancelled." : undefined}>
            <option value="UPCOMING">Upcoming</option>
            <option value="ONGOING">Ongoing</option>
            <option value="COMPLETED">Completed</option>
            {cancelled && <option value="CANCELLED">Cancelled</option>}
          </Select>
          {cancelled && <input type="hidden" name="status" value="CANCELLED" />}
          <Select name="ticketStatus" label="Ticket sales" defaultValue={defaults.ticketStatus} error={error("ticketStatus")}>
            <option value="AVAILABLE">Available</option>
            <option value="SOLD_OUT">Sold out</option>
            <option value="CLOSED">Closed</option>
          </Select>
        </div>
      </Section>

      <Section title="Programme" description="One entry per line.">
        <Textarea name="speakers" label="Speakers" rows={3} defaultValue={defaults.speakers} error={error("speakers")} placeholder={"Ada Lovelace\nGrace Hopper"} />
        <Textarea name="subEvents" label="Sub-events" rows={3} defaultValue={defaults.subEvents} error={error("subEvents")} placeholder={"Opening keynote\nWorkshop: accessible forms"} />
        <Input name="prize" label="Prize" maxLength={500} defaultValue={defaults.prize} error={error("prize")} hint="For competitions and hackathons" />
      </Section>

      {kind === "FILM" && (
        <Section title="Film details" description="Shown on the schedule and the film's page.">
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <Input name="durationMinutes" type="number" inputMode="numeric" min={1} label="Running time (minutes)" defaultValue={defaults.durationMinutes} error={error("durationMinutes")} hint="Showtimes end after this by default" />
            <Input name="rating" label="Rating" maxLength={16} defaultValue={defaults.rating} error={error("rating")} placeholder="PG-13" />
          </div>
          <Input name="genres" label="Genres" defaultValue={defaults.genres} error={error("genres")} placeholder="Drama, Comedy" hint="Separated by commas" />
        </Section>
      )}

      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-6">
        <Button type="submit" loading={pending}>
          {editing ? "Save changes" : "Create draft"}
        </Button>
        {!editing && <p className="text-sm text-fg-muted">You can add showtimes and publish it next.</p>}
      </div>
      {/* Field errors the inputs above do not show (e.g. a stray key) still reach the user. */}
      <FieldError error={error("_")} />
    </form>
  );
}
