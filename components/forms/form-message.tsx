import { cn } from "@/components/ui/cn";

/** The form-level message: an error (role=alert) or a success note (role=status). */
export function FormMessage({ ok, message, className }: { ok?: boolean; message?: string; className?: string }) {
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={cn(
        "rounded-lg border px-3 py-2 text-sm",
        ok ? "border-success/30 bg-success-soft text-success" : "border-danger/30 bg-danger-soft text-danger",
        className,
      )}
    >
      {message}
    </p>
  );
}
