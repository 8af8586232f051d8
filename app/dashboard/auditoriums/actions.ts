"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { forbidden } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { createAuditoriumDraft } from "@/lib/services/auditoriums/create-auditorium";
import { deleteAuditorium } from "@/lib/services/auditoriums/delete-auditorium";
import { renameAuditorium } from "@/lib/services/auditoriums/rename-auditorium";
import { saveSeatMap } from "@/lib/services/auditoriums/save-seat-map";
import { auditoriumIdSchema, createAuditoriumFormSchema, renameAuditoriumSchema, type SeatMapDrawingInput } from "@/lib/validation/auditoriums";
import type { SaveResult } from "@/components/seat-map-editor/seat-map-editor";

// Every action is a public endpoint: each checks the session and role here,
// and the services check ownership again.

async function organizerActor() {
  const actor = await getSessionActor();
  if (!actor || (actor.role !== "ORGANIZER" && actor.role !== "ADMIN")) throw forbidden("Only organizers manage seat maps");
  return actor;
}

const revalidateMaps = () => revalidatePath("/dashboard/auditoriums", "layout");

// Create a seat map (blank grid or cinema preset) and open it in the editor.
export async function createAuditoriumAction(_: FormState, data: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormAction(async () => {
    const actor = await organizerActor();
    const input = createAuditoriumFormSchema.parse(formObject(data));
    id = (await createAuditoriumDraft(actor, input)).id;
    revalidateMaps();
  });
  if (state.ok) redirect(`/dashboard/auditoriums/${id}`);
  return state;
}

// Save the editor's whole drawing; returns the saved ids for the next save.
export async function saveSeatMapAction(auditoriumId: string, drawing: SeatMapDrawingInput): Promise<FormState<SaveResult>> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const result = await saveSeatMap(actor, auditoriumIdSchema.parse(auditoriumId), drawing);
    revalidateMaps();
    const changes = [result.added && `${result.added} added`, result.removed && `${result.removed} removed`, result.updated && `${result.updated} changed`].filter(Boolean);
    return {
      ok: true,
      message: `Saved: ${result.seatCount} seat${result.seatCount === 1 ? "" : "s"}${changes.length ? ` (${changes.join(", ")})` : ""}.`,
      data: { seats: result.seats, categories: result.categories },
    };
  });
}

// Rename a seat map and set its venue.
export async function renameAuditoriumAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const input = renameAuditoriumSchema.parse(formObject(data));
    await renameAuditorium(actor, input);
    revalidateMaps();
    return { ok: true, message: "Name saved." };
  });
}

// Delete a seat map no showtime uses, then back to the list.
export async function deleteAuditoriumAction(_: FormState, data: FormData): Promise<FormState> {
  const state = await runFormAction(async () => {
    const actor = await organizerActor();
    await deleteAuditorium(actor, auditoriumIdSchema.parse(formObject(data).id));
    revalidateMaps();
  });
  if (state.ok) redirect("/dashboard/auditoriums?deleted=1");
  return state;
}
