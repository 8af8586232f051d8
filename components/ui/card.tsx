import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("rounded-xl border border-border bg-surface text-fg shadow-xs", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid gap-1 p-5 pb-0 sm:p-6 sm:pb-0", className)} {...props} />;
}

type HeadingLevel = "h2" | "h3" | "h4";

/** Renders an h3 by default; pass `as` so the outline matches where the card sits. */
export function CardTitle({ as: Heading = "h3", className, ...props }: ComponentProps<"h3"> & { as?: HeadingLevel }) {
  return <Heading className={cn("text-base font-semibold tracking-tight text-fg", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-fg-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("p-5 sm:p-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex flex-wrap items-center gap-2 rounded-b-xl border-t border-border bg-surface-muted/40 px-5 py-3 sm:px-6",
        className,
      )}
      {...props}
    />
  );
}
