"use client";

import { setUserRoleAction } from "@/app/admin/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ROLES, setUserRoleSchema, type Role } from "@/lib/validation/admin";
import { roleName } from "./user-badges";

/** Role picker; the server's refusal (e.g. demoting yourself) shows above it. */
export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const { pending, onSubmit, message, state, error } = useFormAction(setUserRoleAction, setUserRoleSchema);
  return (
    // The key remounts the select when the saved role changes, so its default follows the server.
    <form key={role} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage ok={state.ok && message === state.message} message={message} />
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Select
          name="role"
          label="Role"
          defaultValue={role}
          containerClassName="sm:w-56"
          error={error("role")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </Select>
        <Button type="submit" loading={pending}>
          Save role
        </Button>
      </div>
      <p className="text-sm text-fg-muted">Staff scan tickets, organizers run events, admins manage everything.</p>
    </form>
  );
}
