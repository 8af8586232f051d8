"use client";

import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

// Any page that fails while rendering: the server logged the error; the visitor gets a way on.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      code="500"
      title="Something went wrong on our side"
      description="The page could not be shown. Please try again in a moment."
      actions={<Button onClick={() => reset()}>Try again</Button>}
    />
  );
}
