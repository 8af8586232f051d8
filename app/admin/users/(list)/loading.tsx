import { Skeleton } from "@/components/ui/skeleton";

// Lives in the (list) route group so it wraps only the list: a loading
// boundary above users/[id] would stream that page with status 200 before
// it could answer notFound() with a real 404.

/** The user list's shape while it loads: heading, filters and a few rows. */
export default function AdminUsersLoading() {
  return (
    <div aria-busy="true" aria-label="Loading users" className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-7 w-32" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Skeleton className="h-10 w-full sm:w-80" />
        <Skeleton className="h-10 w-full sm:w-44" />
        <Skeleton className="h-10 w-24" />
      </div>
      <div className="overflow-hidden rounded-xl border border-border bg-surface">
        <div className="h-10 border-b border-border bg-surface-muted/60" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-b border-border px-4 py-3.5 last:border-0">
            <Skeleton className="h-4 w-24 shrink-0" />
            <Skeleton className="h-4 w-28 shrink-0" />
            <Skeleton className="hidden h-4 w-44 sm:block" />
            <Skeleton className="h-5 w-16 shrink-0 rounded-full" />
            <Skeleton className="hidden h-4 w-24 md:block" />
            <Skeleton className="ml-auto hidden h-4 w-28 md:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
