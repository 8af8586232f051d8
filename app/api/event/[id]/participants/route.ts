import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listEventParticipants } from "@/lib/services/registrations/list-event-participants";
import { s4VerificationMethod } from "@/lib/http/views/s4-event";

// GET /api/event/:id/participants – S4: participants, waiting list and attendance (the event's organizer or an admin)
export const GET = withApi(
  async ({ params, actor }) => {
    const { event, participants, waitingList } = await listEventParticipants(actor, params.id);
    const person = ({ userId, name, email, registeredAt }: (typeof participants)[number]) => ({ userId, name, email, registeredAt });
    return NextResponse.json({
      success: true,
      message: "Participants retrieved successfully",
      event: {
        eventName: event.title,
        date: event.startsAt,
        totalParticipants: participants.length,
        attended: participants.filter((p) => p.attended).length,
        maxParticipants: event.capacity,
        waitlisted: waitingList.length,
      },
      participants: participants.map((p) => ({ ...person(p), attended: p.attended, ticketId: p.ticketId })),
      waitingList: waitingList.map((p, i) => ({ ...person(p), position: i + 1 })),
      attendanceRecords: participants
        .filter((p) => p.checkIn)
        .map((p) => ({ userId: p.userId, checkInTime: p.checkIn!.at, verificationMethod: s4VerificationMethod(p.checkIn!.method) })),
    });
  },
  { auth: "required", envelope: "s4" },
);
