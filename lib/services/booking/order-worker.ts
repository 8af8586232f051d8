import "server-only";
import { env } from "@/lib/env";
import { sendPendingRefunds } from "@/lib/services/payments/send-pending-refunds";
import { expireOverdueOrders } from "./expire-orders";

let timer: NodeJS.Timeout | undefined;
let running = false;

/** Every PAYMENTS_POLL_SECONDS: marks overdue orders expired and sends refunds that could not be sent at once. */
export function startOrderWorker() {
  if (timer) return;
  const tick = async () => {
    if (running) return;
    running = true;
    // Each job on its own: an unreachable Stripe must not stop orders from expiring.
    for (const [name, job] of [["order expiry", () => expireOverdueOrders()], ["refunds", () => sendPendingRefunds()]] as const) {
      await job().catch((error: unknown) => console.warn(`[booking] ${name} run failed:`, error instanceof Error ? error.message : error));
    }
    running = false;
  };
  timer = setInterval(tick, env().PAYMENTS_POLL_SECONDS * 1000);
  timer.unref();
}
