import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading your tickets" className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <Skeleton className="h-9 w-48" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="flex gap-4 rounded-xl border border-border bg-surface p-5">
          <div className="flex flex-1 flex-col gap-3">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-1/3" />
          </div>
          <Skeleton className="size-28" />
        </div>
      ))}
    </div>
  );
}
