"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { clientContext } from "@/lib/http/api-handler";
import { forbidden } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { deleteUser, setUserDisabled, setUserRole } from "@/lib/services/users/admin-users";
import { endUserSessions } from "@/lib/services/users/end-user-sessions";
import { setUserDisabledSchema, setUserRoleSchema, userActionSchema } from "@/lib/validation/admin";

// Every action is a public endpoint: each one re-checks the session and the
// role here, and the services check the role again.

async function adminActor() {
  const actor = await getSessionActor();
  if (!actor || actor.role !== "ADMIN") throw forbidden("Admin privileges required");
  return actor;
}

const context = async () => clientContext(await headers());

// Counts, list and detail pages all show the changed user.
const revalidateAdmin = () => revalidatePath("/admin", "layout");

// Change a user's role (the service refuses an admin demoting themselves).
export async function setUserRoleAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await adminActor();
    const input = setUserRoleSchema.parse(formObject(data));
    const user = await setUserRole(actor, input.userId, input.role, await context());
    revalidateAdmin();
    return { ok: true, message: `@${user.username} is now ${user.role.toLowerCase()}.` };
  });
}

// Disable (ending the user's sessions) or re-enable an account.
export async function setUserDisabledAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await adminActor();
    const input = setUserDisabledSchema.parse(formObject(data));
    await setUserDisabled(actor, input.userId, input.disabled, await context());
    revalidateAdmin();
    return { ok: true, message: input.disabled ? "Account disabled and signed out everywhere." : "Account enabled." };
  });
}

// Sign a user out on every device.
export async function endUserSessionsAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await adminActor();
    const input = userActionSchema.parse(formObject(data));
    const count = await endUserSessions(actor, input.userId, await context());
    revalidateAdmin();
    return { ok: true, message: count === 1 ? "Ended 1 session." : `Ended ${count} sessions.` };
  });
}

// Delete a user, then show the list: the detail page no longer exists, so the
// redirect happens on the server instead of re-rendering it.
export async function deleteUserAction(_: FormState, data: FormData): Promise<FormState> {
  const result = await runFormAction(async () => {
    const actor = await adminActor();
    const input = userActionSchema.parse(formObject(data));
    await deleteUser(actor, input.userId, await context());
    revalidateAdmin();
  });
  if (result.ok) redirect("/admin/users?deleted=1");
  return result;
}
