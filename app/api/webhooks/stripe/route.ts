import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { handleStripeWebhook } from "@/lib/services/payments/handle-stripe-webhook";

export const dynamic = "force-dynamic";

// POST /api/webhooks/stripe – Stripe's events: the signature is checked on the raw body, each event applied once.
// Not under the per-IP API limit: Stripe sends every event of a busy sale from a few addresses, and a 429
// would delay tickets by Stripe's retry back-off; an unsigned request costs one HMAC and is refused (400).
export const POST = withApi(
  async ({ req }) => {
    const receipt = await handleStripeWebhook(await req.text(), req.headers.get("stripe-signature"));
    return NextResponse.json(receipt);
  },
  { auth: "none", rateLimit: false },
);
