import { z } from "zod";
import { MAX_SEATS_PER_HOLD } from "./booking";

// What the attendee's booking forms send; the services parse again with their own schemas.

export const holdSeatsFormSchema = z
  .object({
    showtimeId: z.uuid("Unknown showtime"),
    seatLabels: z.array(z.string().trim().min(1).max(16)).max(MAX_SEATS_PER_HOLD, `You can hold at most ${MAX_SEATS_PER_HOLD} seats at a time`).optional(),
    bestAvailable: z.coerce
      .number()
      .int("Choose a whole number of seats")
      .min(1, "Choose at least one seat")
      .max(MAX_SEATS_PER_HOLD, `You can hold at most ${MAX_SEATS_PER_HOLD} seats at a time`)
      .optional(),
  })
  .refine((v) => Boolean(v.seatLabels?.length) !== Boolean(v.bestAvailable), { path: ["seatLabels"], message: "Choose seats on the map or ask for the best available" });

export type HoldSeatsForm = z.input<typeof holdSeatsFormSchema>;

export const createOrderFormSchema = z.object({
  holdId: z.uuid("Your hold was not found. Please choose your seats again."),
  idempotencyKey: z.string().trim().min(8).max(255),
});

export const TEST_PAYMENT_METHODS = [
  { value: "pm_card_visa", label: "Visa (test)" },
  { value: "pm_card_mastercard", label: "Mastercard (test)" },
  { value: "pm_card_chargeDeclined", label: "Declined card (test)" },
] as const;

export const payOrderFormSchema = z.object({
  orderId: z.uuid("Unknown order"),
  paymentMethod: z.enum(TEST_PAYMENT_METHODS.map((m) => m.value) as [string, ...string[]], { error: "Choose a payment method" }),
});

/** The Stripe Checkout button and the "payment processing" page send only the order. */
export const orderFormSchema = z.object({ orderId: z.uuid("Unknown order") });
