import type { Metadata } from "next";
import Link from "next/link";
import { UserFilters } from "@/components/admin/user-filters";
import { roleName } from "@/components/admin/user-badges";
import { UsersTable } from "@/components/admin/users-table";
import { FormMessage } from "@/components/forms/form-message";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { listUsers } from "@/lib/services/users/admin-users";
import { adminUserListQuerySchema } from "@/lib/validation/admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every account, newest first: search (`q`), role filter (`role`), 20 per page (`page`). */
export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor({ roles: ["ADMIN"], next: "/admin/users" });
  const params = await searchParams;
  const query = adminUserListQuerySchema.parse(params);
  const result = await listUsers(actor, { search: query.q, role: query.role, page: query.page, pageSize: PAGE_SIZE });
  const hrefForPage = (page: number) =>
    `/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), page: String(page) })}`;
  const filtered = Boolean(query.q || query.role);
  const noun = query.role ? roleName(query.role, result.total !== 1).toLowerCase() : result.total === 1 ? "account" : "accounts";
  const summary = `${result.total} ${noun}${query.q ? ` matching “${query.q}”` : ""}.`;

  return (
    // scroll-mt: Next scrolls a changed segment into view; keep its top clear of the sticky header.
    <section aria-labelledby="users-heading" className="flex scroll-mt-20 flex-col gap-5">
      {params.deleted === "1" && <FormMessage ok message="The user was deleted." />}
      <div className="flex flex-col gap-1">
        <h2 id="users-heading" className="text-xl font-semibold tracking-tight text-fg">
          Users <span className="font-normal text-fg-muted tabular-nums">({result.total})</span>
        </h2>
        <p className="text-sm text-fg-muted">
          {filtered ? summary : "Every account, newest first."}
        </p>
      </div>
      <UserFilters query={query} />
      {result.users.length ? (
        <>
          <UsersTable users={result.users} timeZone={env().APP_TIMEZONE} now={new Date()} />
          {result.pageCount > 1 && <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={hrefForPage} />}
        </>
      ) : result.total > 0 ? (
        <EmptyState
          title="This page is empty"
          description={`There ${result.pageCount === 1 ? "is 1 page" : `are ${result.pageCount} pages`} of results.`}
          action={
            <Link href={hrefForPage(1)} className={buttonClasses({ variant: "outline" })}>
              Back to the first page
            </Link>
          }
        />
      ) : (
        <EmptyState
          title={filtered ? "No users match" : "No users yet"}
          description={
            filtered
              ? "Search finds part of a username or a complete e-mail address (addresses are encrypted, so partial ones cannot match)."
              : "Accounts appear here as soon as people sign up."
          }
        />
      )}
    </section>
  );
}
