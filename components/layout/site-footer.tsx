import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-fg-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Tessera · open-source event ticketing</p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li><Link className="hover:text-fg" href="/events">Events</Link></li>
            <li><Link className="hover:text-fg" href="/schedule">Schedule</Link></li>
            <li><Link className="hover:text-fg" href="/api/docs" prefetch={false}>API</Link></li>
            <li><Link className="hover:text-fg" href="/api/health" prefetch={false}>Status</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
