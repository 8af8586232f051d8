import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { listUsers } from "@/lib/services/users/admin-users";
import { s4ListUsersQuerySchema } from "@/lib/validation/api-s4";
import { s4User } from "../../_lib/s4-user";

// S4 lists "all users": without `pageSize`, one page of the most the service allows.
const DEFAULT_PAGE_SIZE = 200;

// GET /api/user/admin/users – S4 admin: users, newest first (optional ?search=&role=&page=&pageSize=); `count` is the total
export const GET = withApi(
  async ({ searchParams, actor }) => {
    const query = s4ListUsersQuerySchema.parse(Object.fromEntries(searchParams));
    const result = await listUsers(actor, { ...query, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE });
    return NextResponse.json({
      success: true,
      count: result.total,
      users: result.users.map((profile) => ({ ...s4User(profile), createdAt: profile.createdAt })),
      page: result.page,
      pageSize: result.pageSize,
      pageCount: result.pageCount,
    });
  },
  { roles: ["ADMIN"], envelope: "s4" },
);
