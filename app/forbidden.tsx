import type { Metadata } from "next";
import Link from "next/link";
import { StatusPage } from "@/components/layout/status-page";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// Shown by forbidden() (experimental.authInterrupts in next.config.ts) with HTTP status 403.
export default function Forbidden() {
  return (
    <StatusPage
      code="403"
      title="You do not have access to this page"
      description={
        <p>
          The dashboard is for organizers, and the admin pages are for administrators. Your account can buy tickets and register for events; ask an
          administrator if you need more.
        </p>
      }
      actions={
        <>
          <Link href="/events" className={buttonClasses({})}>
            Browse events
          </Link>
          <Link href="/tickets" className={buttonClasses({ variant: "outline" })}>
            My tickets
          </Link>
        </>
      }
    />
  );
}
