import "server-only";
import { env } from "@/lib/env";
import { deliverDueOutbox } from "./deliver-outbox";

// On globalThis, not in module variables: the worker is started from
// instrumentation (lib/boot.ts) and asked for passes from route handlers,
// which Next bundles separately, each with its own copy of this module.
type WorkerState = { timer?: NodeJS.Timeout; running: boolean; again: boolean };
const globalForOutbox = globalThis as unknown as { tesseraOutboxWorker?: WorkerState };
const state = (globalForOutbox.tesseraOutboxWorker ??= { running: false, again: false });

async function tick() {
  if (state.running) {
    // A pass is under way: run one more after it, for what was queued meanwhile.
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await deliverDueOutbox();
    } while (state.again);
  } catch (error) {
    console.warn("[mail] outbox poll failed:", error instanceof Error ? error.message : error);
  } finally {
    state.running = false;
  }
}

/** Polls the outbox for due messages (retries and anything not sent at once). */
export function startOutboxWorker() {
  if (state.timer) return;
  state.timer = setInterval(() => void tick(), env().OUTBOX_POLL_SECONDS * 1000);
  state.timer.unref();
}

/**
 * Asks the running worker for a pass now, after the caller's response: new
 * messages (the tickets e-mail, rendered on delivery) go out within moments
 * without the request waiting for them. Passes run one at a time, so a rush
 * of sales renders its e-mails one after another, not all at once. Without a
 * worker (tests, scripts) nothing happens here: call `deliverDueOutbox()`.
 */
export function deliverOutboxSoon() {
  if (state.timer) setImmediate(() => void tick());
}
