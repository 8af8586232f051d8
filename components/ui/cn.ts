type ClassValue = string | false | null | undefined | 0;

/**
 * Joins class names, skipping falsy parts so conditions can be inlined.
 * It does not resolve conflicting utilities (no tailwind-merge): when a caller
 * needs to override a primitive's size or colour, use the `!` modifier
 * (`className="h-12!"`) rather than relying on class order.
 */
export function cn(...parts: ClassValue[]): string {
  return parts.filter(Boolean).join(" ");
}
