import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { buyGeneralAdmission, payGeneralAdmissionReservation } from "@/lib/services/booking/buy-general-admission";
import { resolveEventRef } from "@/lib/services/events/resolve-event-ref";
import { s2PaymentSchema } from "@/lib/validation/api-events-s0-s2-s3";
import { s2TicketJson } from "../tickets/_lib/s2-ticket";

// POST /api/payment – S2: pays `amount` (minor units) with card `token` for a place at paid event `eventId`, or for the place POST /tickets reserved; 402 when declined
export const POST = withApi(
  async ({ req, actor }) => {
    const { eventRef, orderId, paymentMethod, amountMinor } = s2PaymentSchema.parse(await readInput(req));
    const paid = eventRef
      ? await buyGeneralAdmission({ eventId: await resolveEventRef(eventRef), userId: actor.userId, paymentMethod, expectedAmountMinor: amountMinor })
      : await payGeneralAdmissionReservation({ userId: actor.userId, orderId, paymentMethod, expectedAmountMinor: amountMinor });
    const [ticket] = paid.tickets;
    return NextResponse.json({
      message: "Payment successful",
      success: true,
      amount: paid.amountMinor,
      currency: paid.currency,
      order_id: paid.orderId,
      reference: paid.reference,
      ticket: ticket ? s2TicketJson({ ...ticket, event: paid.event, orderId: paid.orderId }) : null,
    });
  },
  { auth: "required" },
);
