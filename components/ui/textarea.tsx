"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses, FieldShell, useField, type FieldMessageProps } from "./field";

export type TextareaProps = ComponentProps<"textarea"> &
  FieldMessageProps & {
    containerClassName?: string;
  };

export function Textarea({
  id,
  label,
  hint,
  error,
  className,
  containerClassName,
  rows = 4,
  ref,
  "aria-describedby": describedBy,
  ...props
}: TextareaProps) {
  const field = useField({ id, hint, error, describedBy });
  return (
    <FieldShell field={field} label={label} hint={hint} required={props.required} className={containerClassName}>
      <textarea
        ref={ref}
        id={field.id}
        rows={rows}
        className={cn(controlClasses, "min-h-20 resize-y px-3 py-2", className)}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        {...props}
      />
    </FieldShell>
  );
}
