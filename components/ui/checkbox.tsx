"use client";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { FieldError, FieldHint, useField, type FieldErrorValue } from "./field";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label?: ReactNode;
  hint?: ReactNode;
  error?: FieldErrorValue;
  containerClassName?: string;
};

export function Checkbox({
  id,
  label,
  hint,
  error,
  className,
  containerClassName,
  ref,
  "aria-describedby": describedBy,
  ...props
}: CheckboxProps) {
  const field = useField({ id, hint, error, describedBy });
  return (
    <div className={cn("grid gap-1.5", containerClassName)}>
      <div className="flex items-start gap-3">
        <span className="relative flex h-5 shrink-0 items-center">
          <input
            ref={ref}
            id={field.id}
            type="checkbox"
            className={cn(
              "peer size-4.5 shrink-0 cursor-pointer appearance-none rounded-[5px] border border-border bg-surface shadow-xs transition-colors",
              "checked:border-brand checked:bg-brand",
              focusRing,
              "disabled:cursor-not-allowed disabled:bg-surface-muted disabled:opacity-70",
              "aria-invalid:border-danger",
              className,
            )}
            aria-invalid={field.invalid || undefined}
            aria-describedby={field.describedBy}
            {...props}
          />
          <svg
            viewBox="0 0 16 16"
            fill="none"
            aria-hidden="true"
            className="pointer-events-none absolute inset-0 m-auto size-3.5 text-brand-fg opacity-0 peer-checked:opacity-100"
          >
            <path d="m3.5 8.5 3 3 6-7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
        {(label || hint) && (
          <div className="grid gap-0.5">
            {label && (
              // The negative margin + padding grows the clickable label to a 40px
              // tap target without shifting the layout.
              <label
                htmlFor={field.id}
                className={cn(
                  "-my-2.5 py-2.5 text-sm leading-5 font-medium text-fg",
                  props.disabled ? "cursor-not-allowed opacity-60" : "cursor-pointer",
                )}
              >
                {label}
              </label>
            )}
            {hint && <FieldHint id={field.hintId}>{hint}</FieldHint>}
          </div>
        )}
      </div>
      {/* Indented to line up with the label text rather than the box. */}
      <FieldError id={field.errorId} error={field.errors} className="pl-7.5" />
    </div>
  );
}
