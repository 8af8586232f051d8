import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { getProfile } from "@/lib/services/users/user-profile";
import { s4Profile } from "../_lib/s4-user";

// GET /api/user/profile – S4: the signed-in user's profile, personal data decrypted and integrity-checked
export const GET = withApi(
  async ({ actor }) => NextResponse.json({ success: true, user: s4Profile(await getProfile(actor.userId)) }),
  { auth: "required", envelope: "s4" },
);
