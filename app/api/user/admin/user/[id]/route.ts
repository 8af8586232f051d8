import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { deleteUser, getUserDetail } from "@/lib/services/users/admin-users";
import { s4RegisteredEvent, s4User } from "../../../_lib/s4-user";
import { userIdOrThrow } from "../../../_lib/user-id";

// GET /api/user/admin/user/:id – S4 admin: one user with their event registrations
export const GET = withApi(
  async ({ params, actor }) => {
    const { user, registrations } = await getUserDetail(actor, userIdOrThrow(params.id));
    return NextResponse.json({
      success: true,
      user: {
        ...s4User(user),
        twoFactorEnabled: user.twoFactorEnabled,
        lastLogin: user.lastLoginAt,
        createdAt: user.createdAt,
        registeredEvents: registrations.map(s4RegisteredEvent),
      },
    });
  },
  { roles: ["ADMIN"], envelope: "s4" },
);

// DELETE /api/user/admin/user/:id – S4 admin: delete a user; their sessions, codes and registrations go with them
export const DELETE = withApi(
  async ({ params, actor, context }) => {
    await deleteUser(actor, userIdOrThrow(params.id), context);
    return NextResponse.json({ success: true, message: "User deleted successfully" });
  },
  { roles: ["ADMIN"], envelope: "s4" },
);
