export type ViewerRole = "USER" | "ORGANIZER" | "STAFF" | "ADMIN";
export type Viewer = { id: string; username: string; role: ViewerRole } | null;

export type NavItem = { href: string; label: string };

/** The header's links for a viewer: staff tools appear only for those roles. */
export function navItemsFor(viewer: Viewer): NavItem[] {
  const items: NavItem[] = [
    { href: "/events", label: "Events" },
    { href: "/schedule", label: "Schedule" },
  ];
  if (!viewer) return items;
  items.push({ href: "/tickets", label: "My tickets" });
  if (viewer.role === "ORGANIZER" || viewer.role === "ADMIN") items.push({ href: "/dashboard", label: "Dashboard" });
  // The door scanner (/scan, for STAFF and up) joins here with the check-in work: no link may lead to a 404 until then.
  if (viewer.role === "ADMIN") items.push({ href: "/admin", label: "Admin" });
  return items;
}

/** Whether `href` is the current page or one of its ancestors. */
export function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}
