import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { navItemsFor, type Viewer } from "@/lib/navigation";
import { AccountMenu } from "./account-menu";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

export function Logo() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-lg font-semibold tracking-tight text-fg" aria-label="Tessera home">
      <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand text-brand-fg">
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z" />
          <path d="M13 6v12" strokeDasharray="2 2.5" />
        </svg>
      </span>
      <span className="text-lg">Tessera</span>
    </Link>
  );
}

/** The app's header: primary navigation, theme, and the account area. */
export function SiteHeader({ viewer }: { viewer: Viewer }) {
  const items = navItemsFor(viewer);
  return (
    <header className="no-print sticky top-0 z-40 border-b border-border bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Logo />
        <nav aria-label="Main" className="ml-4 hidden md:block">
          <NavLinks items={items} />
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <ThemeToggle />
          {viewer ? (
            <AccountMenu username={viewer.username} role={viewer.role} />
          ) : (
            <div className="hidden items-center gap-2 sm:flex">
              <Link href="/signin" className={buttonClasses({ variant: "ghost", size: "sm" })}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClasses({ variant: "primary", size: "sm" })}>
                Create account
              </Link>
            </div>
          )}
          <MobileNav items={items} signedIn={Boolean(viewer)} />
        </div>
      </div>
    </header>
  );
}
