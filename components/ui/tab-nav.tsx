"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";
import { isActive } from "@/lib/navigation";
import { focusRingInset } from "./focus-ring";

export type TabNavItem = {
  href: string;
  label: string;
  /** Active only on this exact path, not its children. */
  exact?: boolean;
  /** Sub-paths that belong to another tab (a section nested under this one's path). */
  except?: string[];
};

/** Section links drawn as an underlined tab strip (scrolls sideways on phones); the current one has aria-current. */
export function TabNav({ items, label }: { items: TabNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto shadow-[inset_0_-1px_0_var(--color-border)] [scrollbar-width:none]">
        {items.map((item) => {
          const active = (item.exact ? pathname === item.href : isActive(pathname, item.href)) && !item.except?.some((href) => isActive(pathname, href));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center rounded-t-md border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  active ? "border-brand text-fg" : "border-transparent text-fg-muted hover:text-fg",
                  focusRingInset,
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
