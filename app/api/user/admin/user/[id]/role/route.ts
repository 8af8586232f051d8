import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { badRequest } from "@/lib/http/errors";
import { setUserRole } from "@/lib/services/users/admin-users";
import { s4RoleSchema } from "@/lib/validation/api-s4";
import { s4Role } from "../../../../_lib/s4-user";
import { userIdOrThrow } from "../../../../_lib/user-id";

// PUT /api/user/admin/user/:id/role – S4 admin: set a role (admin, user, organizer, staff; any case)
export const PUT = withApi(
  async ({ req, params, actor, context }) => {
    const parsed = s4RoleSchema.safeParse(await readInput(req));
    if (!parsed.success) throw badRequest("Invalid role", { role: ["Use admin, user, organizer or staff"] });
    const user = await setUserRole(actor, userIdOrThrow(params.id), parsed.data.role, context);
    return NextResponse.json({ success: true, message: "User role updated successfully", user: { _id: user.id, email: user.email, role: s4Role(user.role) } });
  },
  { roles: ["ADMIN"], envelope: "s4" },
);
