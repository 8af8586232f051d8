"use client";

import { cancelEventAction, deleteEventAction, setPublishedAction } from "@/app/dashboard/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

type Props = {
  event: { id: string; title: string; publishedAt: Date | null; status: string; hasSales: boolean };
};

/** Publish or unpublish, cancel and delete: each asks first, and reports the outcome as a toast. */
export function EventActions({ event }: Props) {
  const cancelled = event.status === "CANCELLED";
  const fields = { eventId: event.id };
  return (
    <div className="flex flex-wrap gap-2">
      {!cancelled &&
        (event.publishedAt ? (
          <ConfirmActionButton
            action={setPublishedAction}
            fields={{ ...fields, published: "false" }}
            label="Unpublish"
            title="Unpublish this event?"
            description="It disappears from Events and the schedule. Tickets already sold stay valid."
            confirmLabel="Unpublish"
          />
        ) : (
          <ConfirmActionButton
            action={setPublishedAction}
            fields={{ ...fields, published: "true" }}
            label="Publish"
            variant="primary"
            title="Publish this event?"
            description="It appears on Events (and films on the schedule) and tickets go on sale."
            confirmLabel="Publish"
          />
        ))}
      {!cancelled && (
        <ConfirmActionButton
          action={cancelEventAction}
          fields={fields}
          label="Cancel event"
          title={`Cancel “${event.title}”?`}
          description={
            event.hasSales
              ? "Every paid order is refunded in full, all tickets and registrations are cancelled and each holder is e-mailed. This cannot be undone."
              : "Its showtimes and registrations are cancelled and registrants are e-mailed. This cannot be undone."
          }
          confirmLabel="Cancel event"
          destructive
        />
      )}
      {event.hasSales ? (
        // Money records must survive, so an event with sales is cancelled, never deleted: say so and offer that instead.
        !cancelled && (
          <ConfirmActionButton
            action={cancelEventAction}
            fields={fields}
            label="Delete"
            variant="ghost"
            title="This event has sales"
            description="Events with sold tickets cannot be deleted, so that orders and refunds stay on record. Cancel it instead: every buyer is refunded in full and e-mailed."
            confirmLabel="Cancel event instead"
            destructive
          />
        )
      ) : (
        <ConfirmActionButton
          action={deleteEventAction}
          fields={fields}
          label="Delete"
          variant="ghost"
          title={`Delete “${event.title}”?`}
          description="The event, its showtimes and registrations are removed for good. This cannot be undone."
          confirmLabel="Delete event"
          destructive
        />
      )}
    </div>
  );
}
