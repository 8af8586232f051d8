import { TabNav } from "@/components/ui/tab-nav";

/** The admin area's sections. */
export function AdminNav() {
  return (
    <TabNav
      label="Admin sections"
      items={[
        { href: "/admin", label: "Overview", exact: true },
        { href: "/admin/users", label: "Users" },
      ]}
    />
  );
}
