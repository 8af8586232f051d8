import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * Placeholder block; size it with classes (`h-4 w-32`). Hidden from assistive
 * tech: the region being loaded should carry aria-busy instead.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-surface-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
