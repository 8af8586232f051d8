import { cn } from "./cn";

const sizes = {
  sm: "size-3.5",
  md: "size-4",
  lg: "size-6",
} as const;

export type SpinnerProps = {
  size?: keyof typeof sizes;
  /** Announced to screen readers; ignored when `decorative`. */
  label?: string;
  /** Hide from assistive tech when the surrounding element already says it is busy (e.g. a button with aria-busy). */
  decorative?: boolean;
  className?: string;
};

export function Spinner({ size = "md", label = "Loading", decorative = false, className }: SpinnerProps) {
  const svg = (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      // Slower rather than stopped under reduced motion: a frozen spinner reads as "stuck".
      className={cn("shrink-0 animate-spin motion-reduce:animate-[spin_1.5s_linear_infinite]", sizes[size], className)}
    >
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="3" className="opacity-25" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
  if (decorative) return svg;
  return (
    <span role="status" className="inline-flex items-center">
      {svg}
      <span className="sr-only">{label}</span>
    </span>
  );
}
