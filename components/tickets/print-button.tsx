"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <Button type="button" variant="outline" className="no-print" onClick={() => window.print()}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
        <path fillRule="evenodd" d="M5 2.75A.75.75 0 0 1 5.75 2h8.5a.75.75 0 0 1 .75.75V7h.25A2.75 2.75 0 0 1 18 9.75v4.5a.75.75 0 0 1-.75.75H15v2.25a.75.75 0 0 1-.75.75h-8.5a.75.75 0 0 1-.75-.75V15H2.75a.75.75 0 0 1-.75-.75v-4.5A2.75 2.75 0 0 1 4.75 7H5V2.75ZM13.5 7V3.5h-7V7h7Zm-7 6.5v3h7v-3h-7Z" clipRule="evenodd" />
      </svg>
      {label}
    </Button>
  );
}
