"use client";

import Link from "next/link";
import { useState } from "react";
import { HoldCountdown } from "./hold-countdown";

/** The checkout's view of the hold (seats, or a general-admission place): counts down, then says what an expired hold means. */
export function OrderCountdown({ expiresAt, showtimeId }: { expiresAt: string; showtimeId: string | null }) {
  const [expired, setExpired] = useState(false);
  if (expired) {
    return (
      <p role="alert" className="rounded-lg border border-warning/40 bg-warning-soft px-3 py-2 text-sm text-warning">
        {showtimeId ? (
          <>
            Your hold expired. You can still try to pay while the seats are free, or{" "}
            <Link href={`/showtimes/${showtimeId}`} className="font-medium underline">
              choose your seats again
            </Link>
            .
          </>
        ) : (
          "Your hold expired. You can still try to pay while places are left."
        )}
      </p>
    );
  }
  return <HoldCountdown expiresAt={expiresAt} onExpire={() => setExpired(true)} label={showtimeId ? "Seats held for" : "Your place is held for"} />;
}
