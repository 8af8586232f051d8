import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <StatusPage
      code="404"
      title="We could not find that page"
      description="The event, order or page may have been removed, or the link may be mistyped."
    />
  );
}
