import { Skeleton } from "@/components/ui/skeleton";

/** The film schedule's shape while it loads: heading, the day strip and a few films with their show times. */
export default function ScheduleLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the schedule" className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-9 w-52" />
        <Skeleton className="h-5 w-72" />
      </div>
      <div className="flex gap-2 overflow-hidden pb-1">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-20 shrink-0 rounded-xl" />
        ))}
      </div>
      <div className="flex flex-col gap-4">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-5 sm:flex-row sm:items-start">
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-6 w-1/2" />
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-4 w-3/4" />
            </div>
            <div className="flex gap-2">
              {Array.from({ length: 3 }, (_, j) => (
                <Skeleton key={j} className="h-12 w-20 rounded-lg" />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
