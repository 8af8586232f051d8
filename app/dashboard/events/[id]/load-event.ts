import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/http/errors";
import type { SessionActor } from "@/lib/services/auth/sessions";
import { getDashboardEvent } from "@/lib/services/dashboard/get-dashboard-event";

/** The managed event for this request (layout and page share one lookup); 404 for a foreign or unknown one. */
export const loadDashboardEvent = cache(async (actor: SessionActor, id: string) => {
  try {
    return await getDashboardEvent(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
