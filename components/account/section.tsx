import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A titled card on the account pages. */
export function AccountSection({ title, description, children, tone, id }: { title: string; description?: ReactNode; children: ReactNode; tone?: "danger"; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} className={cn("rounded-xl border bg-surface p-5 sm:p-6", tone === "danger" ? "border-danger/40" : "border-border")}>
      <h2 id={id ? `${id}-title` : undefined} className={cn("text-lg font-semibold", tone === "danger" ? "text-danger" : "text-fg")}>
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-fg-muted">{description}</p>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
