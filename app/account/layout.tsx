import type { ReactNode } from "react";
import { AccountTabs } from "@/components/account/account-tabs";

// Each page checks the session itself (layouts do not re-run on every navigation).
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-fg">Your account</h1>
        <p className="mt-1 text-fg-muted">Profile, password, two-factor authentication and signed-in devices.</p>
      </header>
      <AccountTabs />
      {children}
    </div>
  );
}
