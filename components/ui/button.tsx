import type { ComponentProps } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { Spinner } from "./spinner";

// No "use client": buttonClasses must stay callable from server components
// (links styled as buttons), and Button itself needs no hooks.

const variants = {
  primary: "bg-brand text-brand-fg shadow-sm hover:bg-brand/90",
  secondary: "bg-surface-muted text-fg hover:bg-border/70",
  outline: "border border-border bg-surface text-fg shadow-xs hover:bg-surface-muted",
  ghost: "text-fg hover:bg-surface-muted",
  danger: "bg-danger text-surface shadow-sm hover:bg-danger/90",
} as const;

// Phones get at least 40px of height on every size; sm only shrinks from the sm breakpoint up.
const sizes = {
  sm: "h-10 gap-1.5 px-3 text-sm sm:h-8 sm:px-2.5",
  md: "h-10 gap-2 px-4 text-sm",
  lg: "h-11 gap-2 px-5 text-base",
  /** Square, for icon-only buttons (give them an aria-label). */
  icon: "size-10 sm:size-8",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(
    "inline-flex shrink-0 cursor-pointer items-center justify-center whitespace-nowrap rounded-lg font-medium",
    "transition-colors select-none",
    focusRing,
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    variants[variant],
    sizes[size],
    className,
  );
}

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and disables the button until the work is done. */
  loading?: boolean;
};

export function Button({
  variant,
  size,
  loading = false,
  disabled,
  className,
  children,
  ref,
  ...props
}: ButtonProps) {
  return (
    <button
      ref={ref}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClasses({ variant, size, className })}
      {...props}
    >
      {loading && <Spinner decorative size={size === "lg" ? "md" : "sm"} />}
      {children}
    </button>
  );
}
