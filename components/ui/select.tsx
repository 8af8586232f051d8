"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses, FieldShell, useField, type FieldMessageProps } from "./field";

export type SelectProps = ComponentProps<"select"> &
  FieldMessageProps & {
    containerClassName?: string;
  };

/** Native <select>: keeps the platform picker on phones and needs no ARIA of its own. */
export function Select({
  id,
  label,
  hint,
  error,
  className,
  containerClassName,
  children,
  ref,
  "aria-describedby": describedBy,
  ...props
}: SelectProps) {
  const field = useField({ id, hint, error, describedBy });
  return (
    <FieldShell field={field} label={label} hint={hint} required={props.required} className={containerClassName}>
      <div className="relative">
        <select
          ref={ref}
          id={field.id}
          className={cn(
            controlClasses,
            "cursor-pointer appearance-none pl-3",
            props.multiple ? "py-2 pr-3" : "h-10 pr-9",
            className,
          )}
          aria-invalid={field.invalid || undefined}
          aria-describedby={field.describedBy}
          {...props}
        >
          {children}
        </select>
        {!props.multiple && (
          <svg
            viewBox="0 0 16 16"
            fill="none"
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted"
          >
            <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
      </div>
    </FieldShell>
  );
}
