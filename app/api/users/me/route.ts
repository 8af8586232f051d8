import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { getProfile } from "@/lib/services/users/user-profile";

// GET /api/users/me – S0 current user: everything about the token's user except secrets.
export const GET = withApi(
  async ({ actor }) => {
    const profile = await getProfile(actor.userId);
    return NextResponse.json({
      id: profile.legacyId,
      uuid: profile.id,
      username: profile.username,
      email: profile.email,
      first_name: profile.firstName,
      last_name: profile.lastName,
      role: profile.role,
      email_confirmed: profile.emailConfirmed,
      two_factor_enabled: profile.twoFactorEnabled,
      last_login: profile.lastLoginAt,
      created_at: profile.createdAt,
      updated_at: profile.updatedAt,
    });
  },
  { auth: "required" },
);
