import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { markAttendance } from "@/lib/services/registrations/mark-attendance";
import { s4AttendanceSchema } from "@/lib/validation/api-s4-events";
import { s4VerificationMethod } from "@/lib/http/views/s4-event";

// POST /api/event/:id/attendance – S4: the event's organizer (or an admin) marks a participant as attended
export const POST = withApi(
  async ({ req, params, actor }) => {
    const input = s4AttendanceSchema.parse(await readInput(req));
    const result = await markAttendance(actor, params.id, input);
    return NextResponse.json({
      success: true,
      message: "Attendance marked successfully",
      participant: { userId: result.userId, attended: true, checkInTime: result.checkInTime, verificationMethod: s4VerificationMethod(result.method) },
    });
  },
  { auth: "required", envelope: "s4" },
);
