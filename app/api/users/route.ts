import { NextResponse } from "next/server";
import { readInput, withApi } from "@/lib/http/api-handler";
import { registerUser } from "@/lib/services/auth/register-user";
import { listUserDirectory } from "@/lib/services/users/list-user-directory";
import { s3CreateUserSchema, userListQuerySchema } from "@/lib/validation/api-s0-s2-s3";

// GET /api/users – S0 user list: integer ids and usernames; e-mails for admins only (null otherwise).
export const GET = withApi(
  async ({ searchParams, actor }) => {
    const query = userListQuerySchema.parse(Object.fromEntries(searchParams));
    const { users, total } = await listUserDirectory(actor, { page: query.page, pageSize: query.page_size });
    const body = users.map((user) => ({ id: user.legacyId, username: user.username, email: user.email }));
    return NextResponse.json(body, { headers: { "X-Total-Count": String(total) } });
  },
  { auth: "required" },
);

// POST /api/users – S3 sign-up with names; 201 with the new user (never the password).
export const POST = withApi(
  async ({ req, context }) => {
    const input = s3CreateUserSchema.parse(await readInput(req));
    const user = await registerUser(
      { username: input.username, email: input.email, password: input.password, firstName: input.first_name, lastName: input.last_name },
      context,
    );
    return NextResponse.json(
      { id: user.id, username: user.username, email: input.email, first_name: input.first_name ?? null, last_name: input.last_name ?? null, created_at: user.createdAt },
      { status: 201 },
    );
  },
  { auth: "none" },
);
