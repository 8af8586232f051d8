import type { ReactNode } from "react";

/** The frame of the sign-in, sign-up and recovery pages. */
export function AuthCard({ title, description, children, footer }: { title: string; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <>
      <section className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight text-fg">{title}</h1>
        {description && <p className="mt-2 text-sm text-fg-muted">{description}</p>}
        <div className="mt-6">{children}</div>
      </section>
      {footer && <div className="text-center text-sm text-fg-muted">{footer}</div>}
    </>
  );
}
