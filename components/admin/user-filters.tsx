import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { AdminUserListQuery } from "@/lib/validation/admin";
import { ROLES } from "@/lib/validation/admin";
import { roleName } from "./user-badges";

/** A plain GET form: the filters live in the URL, so results are shareable and work without JavaScript. */
export function UserFilters({ query }: { query: AdminUserListQuery }) {
  const filtered = Boolean(query.q || query.role);
  return (
    <form role="search" action="/admin/users" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      <Input
        name="q"
        type="search"
        label="Search users"
        defaultValue={query.q}
        placeholder="Part of a username, or an exact e-mail"
        containerClassName="sm:w-80"
        // The key resets the uncontrolled value when "Clear" navigates.
        key={`q-${query.q ?? ""}`}
      />
      <Select name="role" label="Role" defaultValue={query.role ?? ""} containerClassName="sm:w-44" key={`role-${query.role ?? ""}`}>
        <option value="">All roles</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleName(role)}
          </option>
        ))}
      </Select>
      <div className="flex gap-2">
        <Button type="submit">Search</Button>
        {filtered && (
          <Link href="/admin/users" className={buttonClasses({ variant: "ghost" })}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
