import "server-only";
import { env, EnvError } from "@/lib/env";
import { startOrderWorker } from "@/lib/services/booking/order-worker";
import { startOutboxWorker } from "@/lib/services/mail/outbox-worker";

/** Validates the environment (a bad variable stops the boot, named) and starts background work. */
export function boot() {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[tessera] ${error.message}\nSee .env.example for every variable.`);
      process.exit(1);
    }
    throw error;
  }
  startOutboxWorker();
  startOrderWorker();
}
