import type { ComponentProps } from "react";
import { cn } from "./cn";

const variants = {
  neutral: "bg-surface-muted text-fg-muted",
  brand: "bg-brand-soft text-brand",
  success: "bg-success-soft text-success",
  danger: "bg-danger-soft text-danger",
  warning: "bg-warning-soft text-warning",
} as const;

export type BadgeVariant = keyof typeof variants;

export type BadgeProps = ComponentProps<"span"> & { variant?: BadgeVariant };

export function Badge({ variant = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        // The inset ring in the text colour keeps soft badges visible on surface-muted rows.
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-current/15 ring-inset",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
