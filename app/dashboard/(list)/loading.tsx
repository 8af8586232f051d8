// Lives in the (list) route group so it wraps only the list: a loading
// boundary above events/[id] would stream that page with status 200 before
// it could answer notFound() with a real 404.

import { Skeleton } from "@/components/ui/skeleton";

/** The dashboard's shape while a page loads: heading, search and a few rows. */
export default function DashboardLoading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="flex flex-col gap-5">
      <div className="flex items-end justify-between gap-4">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-7 w-40" />
          <Skeleton className="h-4 w-64" />
        </div>
        <Skeleton className="h-10 w-32" />
      </div>
      <Skeleton className="h-10 w-full sm:w-80" />
      <div className="overflow-hidden rounded-xl border border-border bg-surface">
        <div className="h-10 border-b border-border bg-surface-muted/60" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-b border-border px-4 py-4 last:border-0">
            <Skeleton className="h-4 w-48 shrink-0" />
            <Skeleton className="hidden h-4 w-32 sm:block" />
            <Skeleton className="h-5 w-20 shrink-0 rounded-full" />
            <Skeleton className="ml-auto h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
