// Runs the fake Stripe on its own, to click through web checkout on a dev server:
//   npx tsx tests/support/fake-stripe-server.ts   (FAKE_STRIPE_PORT, default 12111)
// then start the app with STRIPE_SECRET_KEY=sk_test_fake_tessera,
// STRIPE_WEBHOOK_SECRET=whsec_fake_tessera and STRIPE_API_BASE=http://127.0.0.1:12111.
// FAKE_STRIPE_WEBHOOK_URL (e.g. http://localhost:3000/api/webhooks/stripe) receives checkout.session.completed.
import { startFakeStripe } from "./fake-stripe";

void startFakeStripe({ port: Number(process.env.FAKE_STRIPE_PORT ?? 12111), webhookUrl: process.env.FAKE_STRIPE_WEBHOOK_URL }).then((fake) =>
  console.log(`[fake-stripe] listening on ${fake.url} (key ${fake.secretKey}, webhook secret ${fake.webhookSecret})`),
);
