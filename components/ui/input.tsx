"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses, FieldShell, useField, type FieldMessageProps } from "./field";

export type InputProps = Omit<ComponentProps<"input">, "type"> &
  FieldMessageProps & {
    type?: Exclude<ComponentProps<"input">["type"], "checkbox" | "radio">;
    /** Classes for the wrapper holding label, control and messages; `className` styles the input. */
    containerClassName?: string;
  };

export function Input({
  id,
  label,
  hint,
  error,
  className,
  containerClassName,
  ref,
  "aria-describedby": describedBy,
  ...props
}: InputProps) {
  const field = useField({ id, hint, error, describedBy });
  return (
    <FieldShell field={field} label={label} hint={hint} required={props.required} className={containerClassName}>
      <input
        ref={ref}
        id={field.id}
        // iOS zooms into inputs below 16px, hence text-base on phones (in controlClasses).
        className={cn(controlClasses, "h-10 px-3", className)}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        {...props}
      />
    </FieldShell>
  );
}
