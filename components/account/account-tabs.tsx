import { TabNav } from "@/components/ui/tab-nav";

/** The account area's sections. */
export function AccountTabs() {
  return (
    <TabNav
      label="Account sections"
      items={[
        { href: "/account", label: "Profile", exact: true },
        { href: "/account/security", label: "Security" },
      ]}
    />
  );
}
