"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

/** Zod's flattened errors give string[]; a single server message is a string. */
export type FieldErrorValue = string | string[] | undefined;

export type FieldMessageProps = {
  label?: ReactNode;
  hint?: ReactNode;
  error?: FieldErrorValue;
};

function errorList(error: FieldErrorValue): string[] {
  if (!error) return [];
  return (Array.isArray(error) ? error : [error]).filter(Boolean);
}

/**
 * Ids and ARIA wiring shared by every form control, so a label, hint and
 * error always point at the right element even when the caller gives no id.
 */
export function useField({
  id,
  hint,
  error,
  describedBy,
}: {
  id?: string;
  hint?: ReactNode;
  error?: FieldErrorValue;
  /** Any aria-describedby the caller passed; kept, not replaced. */
  describedBy?: string;
}) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const errors = errorList(error);
  const invalid = errors.length > 0;
  const ariaDescribedBy =
    [describedBy, hint ? hintId : undefined, invalid ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return { id: controlId, hintId, errorId, errors, invalid, describedBy: ariaDescribedBy };
}

export function Label({ className, children, required, ...props }: ComponentProps<"label"> & { required?: boolean }) {
  return (
    <label className={cn("text-sm font-medium text-fg", className)} {...props}>
      {children}
      {/* The control's own `required` is what assistive tech announces; the star is for sighted users. */}
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-danger">
          *
        </span>
      )}
    </label>
  );
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-fg-muted", className)} {...props} />;
}

export function FieldError({ id, error, className }: { id?: string; error?: FieldErrorValue; className?: string }) {
  const errors = errorList(error);
  if (errors.length === 0) return null;
  const classes = cn("text-sm font-medium text-danger", className);
  if (errors.length === 1) {
    return (
      <p id={id} className={classes}>
        {errors[0]}
      </p>
    );
  }
  return (
    <ul id={id} className={cn("list-disc space-y-0.5 pl-5", classes)}>
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/**
 * Label + control + hint + error for controls that are not one of the
 * primitives here (a seat picker, a radio group). The render prop receives
 * the attributes to spread on the control. Client components only, since
 * functions cannot cross the server/client boundary.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FieldMessageProps & {
  id?: string;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const field = useField({ id, hint, error });
  return (
    <FieldShell field={field} label={label} hint={hint} required={required} className={className}>
      {children({ id: field.id, "aria-invalid": field.invalid || undefined, "aria-describedby": field.describedBy })}
    </FieldShell>
  );
}

/** Layout used by Input, Textarea and Select. */
export function FieldShell({
  field,
  label,
  hint,
  required,
  className,
  children,
}: {
  field: ReturnType<typeof useField>;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("grid gap-1.5", className)}>
      {label && (
        <Label htmlFor={field.id} required={required}>
          {label}
        </Label>
      )}
      {children}
      {hint && <FieldHint id={field.hintId}>{hint}</FieldHint>}
      <FieldError id={field.errorId} error={field.errors} />
    </div>
  );
}

/** Shared look of text-like controls; exported so one-off controls can match. */
export const controlClasses = cn(
  "block w-full min-w-0 rounded-lg border border-border bg-surface text-base text-fg shadow-xs sm:text-sm",
  "placeholder:text-fg-muted/70 transition-[color,box-shadow,border-color]",
  // A soft halo around a brand border: an offset ring would look detached from a text box.
  // outline-hidden! overrides the global outline (see focus-ring.ts).
  "focus-visible:outline-hidden! focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/30",
  "disabled:cursor-not-allowed disabled:bg-surface-muted disabled:opacity-60",
  "aria-invalid:border-danger aria-invalid:focus-visible:border-danger aria-invalid:focus-visible:ring-danger/30",
);
