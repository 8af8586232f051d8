import { z, type ZodType } from "zod";
import { badRequest } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/map-error";

/** Most seats one person may hold (and so buy) in one go. */
export const MAX_SEATS_PER_HOLD = 10;

const seatLabelSchema = z
  .string()
  .trim()
  .min(1, "A seat label is empty")
  .max(16, "A seat label is at most 16 characters")
  .transform((v) => v.toUpperCase());

export const holdSeatsSchema = z
  .object({
    showtimeId: z.uuid("Unknown showtime"),
    userId: z.uuid(),
    seatLabels: z
      .array(seatLabelSchema)
      .max(MAX_SEATS_PER_HOLD, `You can hold at most ${MAX_SEATS_PER_HOLD} seats at a time`)
      // "A5, a5" is one seat.
      .transform((labels) => [...new Set(labels)])
      .optional(),
    bestAvailable: z
      .number({ error: "bestAvailable must be a number of seats" })
      .int("bestAvailable must be a whole number of seats")
      .min(1, "Choose at least one seat")
      .max(MAX_SEATS_PER_HOLD, `You can hold at most ${MAX_SEATS_PER_HOLD} seats at a time`)
      .optional(),
  })
  .refine((v) => !(v.seatLabels?.length && v.bestAvailable), {
    path: ["bestAvailable"],
    message: "Choose seats by label or ask for the best available, not both",
  })
  .refine((v) => Boolean(v.seatLabels?.length || v.bestAvailable), { path: ["seatLabels"], message: "Choose at least one seat" });

export type HoldSeatsInput = z.input<typeof holdSeatsSchema>;

export const releaseHoldSchema = z.object({ holdId: z.uuid("Unknown hold"), userId: z.uuid() });

export const createOrderSchema = z.object({
  holdId: z.uuid("Unknown hold"),
  userId: z.uuid(),
  idempotencyKey: z.string().trim().min(1, "An idempotency key is required").max(255, "The idempotency key is at most 255 characters"),
});

export type CreateOrderInput = z.input<typeof createOrderSchema>;

export const payOrderSchema = z.object({
  orderId: z.uuid("Unknown order"),
  userId: z.uuid(),
  /** A Stripe payment method or token id (`pm_card_visa`, `tok_visa`); unused for free orders. */
  paymentMethod: z.string().trim().max(255).optional(),
});

export type PayOrderInput = z.input<typeof payOrderSchema>;

export const startCheckoutSchema = z.object({ orderId: z.uuid("Unknown order"), userId: z.uuid() });

export type StartCheckoutInput = z.input<typeof startCheckoutSchema>;

/** A charge's amount, currency and method, for the test provider and Stripe alike. */
export const testChargeSchema = z.object({
  amountMinor: z.number().int().positive("The amount must be positive").max(100_000_000),
  currency: z.string().length(3, "Use a three-letter currency code").transform((v) => v.toLowerCase()),
  paymentMethod: z.string().trim().min(1, "A payment method is required").max(255),
});

export type TestChargeInput = z.input<typeof testChargeSchema>;

/**
 * Parses a service input; a bad one becomes a 400 naming the first problem
 * (services throw AppError so every caller, tests included, sees a status).
 */
export function parseBookingInput<T extends ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  return throwBadInput(result.error);
}

function throwBadInput(error: z.ZodError): never {
  throw badRequest(error.issues[0]?.message ?? "Invalid input", zodFieldErrors(error));
}
