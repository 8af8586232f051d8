import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** A full-page answer for an HTTP error (404, 403, 500): the code, what happened, and where to go from here. */
export function StatusPage({ code, title, description, actions }: { code: string; title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">Error {code}</p>
      <h1 className="text-3xl font-bold tracking-tight text-balance text-fg">{title}</h1>
      <div className="max-w-md text-balance text-fg-muted">{description}</div>
      <div className="mt-4 flex flex-wrap justify-center gap-3">
        {actions ?? (
          <>
            <Link href="/events" className={buttonClasses({})}>
              Browse events
            </Link>
            <Link href="/schedule" className={buttonClasses({ variant: "outline" })}>
              Film schedule
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
