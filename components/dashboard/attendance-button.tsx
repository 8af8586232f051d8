"use client";

import { markAttendanceAction } from "@/app/dashboard/actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

/** Marks a registered participant as attended (cannot be undone, so it asks first). */
export function AttendanceButton({ eventId, userId, name }: { eventId: string; userId: string; name: string }) {
  return (
    <ConfirmActionButton
      action={markAttendanceAction}
      fields={{ eventId, userId }}
      label="Mark attended"
      title={`Mark ${name} as attended?`}
      description="Their ticket is checked in and cannot be used at the door again."
      confirmLabel="Mark attended"
    />
  );
}
