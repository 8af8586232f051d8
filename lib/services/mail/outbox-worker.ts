import "server-only";
import { env } from "@/lib/env";
import { deliverOutbox } from "./deliver-outbox";

let timer: NodeJS.Timeout | undefined;
let running = false;

/** Polls the outbox for due messages (retries and anything not sent at once). */
export function startOutboxWorker() {
  if (timer) return;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverOutbox();
    } catch (error) {
      console.warn("[mail] outbox poll failed:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, env().OUTBOX_POLL_SECONDS * 1000);
  timer.unref();
}
