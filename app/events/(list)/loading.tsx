// In the (list) route group so it wraps only the list: a loading boundary
// above events/[id] would stream that page with status 200 before it could
// answer notFound() with a real 404.

import { Skeleton } from "@/components/ui/skeleton";

/** The events list's shape while it loads: heading, filters and a grid of cards. */
export default function EventsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading events" className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-9 w-36" />
        <Skeleton className="h-5 w-64" />
      </div>
      <Skeleton className="h-20 w-full rounded-xl" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-5">
            <div className="flex items-start gap-4">
              <Skeleton className="size-14 shrink-0 rounded-xl" />
              <div className="flex flex-1 flex-col gap-2">
                <Skeleton className="h-5 w-3/4" />
                <Skeleton className="h-4 w-1/2" />
              </div>
            </div>
            <Skeleton className="h-4 w-full" />
            <div className="flex gap-2">
              <Skeleton className="h-6 w-16 rounded-full" />
              <Skeleton className="h-6 w-24 rounded-full" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
