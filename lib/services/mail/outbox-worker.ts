import "server-only";
import { env } from "@/lib/env";
import { deliverDueOutbox } from "./deliver-outbox";

// On globalThis, not in module variables: the worker is started from
// instrumentation (lib/boot.ts) and asked for passes from route handlers,
// which Next bundles separately, each with its own copy of this module.
type WorkerState = { timer?: NodeJS.Timeout; running: boolean; again: boolean; soon?: NodeJS.Timeout; firstAskedAt?: number };
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

const QUIET_MS = 250;
const MAX_WAIT_MS = 5_000;

/**
 * Asks the running worker for a pass soon, after the caller's response: new
 * messages (the tickets e-mail, rendered on delivery) go out within moments
 * without the request waiting for them. The pass starts once no new message
 * was queued for QUIET_MS (at most MAX_WAIT_MS after the first), so during an
 * on-sale rush the QR codes are drawn after the rush instead of taking CPU
 * from the buyers still waiting; passes run one at a time. Without a worker
 * (tests, scripts) nothing happens here: call `deliverDueOutbox()`.
 */
export function deliverOutboxSoon() {
  if (!state.timer) return;
  const now = Date.now();
  state.firstAskedAt ??= now;
  if (state.soon) clearTimeout(state.soon);
  state.soon = setTimeout(
    () => {
      state.soon = undefined;
      state.firstAskedAt = undefined;
      void tick();
    },
    Math.max(0, Math.min(QUIET_MS, state.firstAskedAt + MAX_WAIT_MS - now)),
  );
}
