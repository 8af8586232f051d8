import "server-only";
import { env } from "@/lib/env";
import { deliverDueOutbox } from "./deliver-outbox";

let timer: NodeJS.Timeout | undefined;
let running = false;
let again = false;

async function tick() {
  if (running) {
    // A pass is under way: run one more after it, for what was queued meanwhile.
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      await deliverDueOutbox();
    } while (again);
  } catch (error) {
    console.warn("[mail] outbox poll failed:", error instanceof Error ? error.message : error);
  } finally {
    running = false;
  }
}

/** Polls the outbox for due messages (retries and anything not sent at once). */
export function startOutboxWorker() {
  if (timer) return;
  timer = setInterval(() => void tick(), env().OUTBOX_POLL_SECONDS * 1000);
  timer.unref();
}

/**
 * Asks the running worker for a pass now, after the caller's response: new
 * messages (the tickets e-mail, rendered on delivery) go out within moments
 * without the request waiting for them. Passes run one at a time, so a rush
 * of sales renders its e-mails one after another, not all at once. Without a
 * worker (tests, scripts) nothing happens here: call `deliverDueOutbox()`.
 */
export function deliverOutboxSoon() {
  if (timer) setImmediate(() => void tick());
}
