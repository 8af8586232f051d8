"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

function remainingSeconds(expiresAt: string) {
  return Math.max(Math.ceil((new Date(expiresAt).getTime() - Date.now()) / 1000), 0);
}

/**
 * Counts down to `expiresAt` (mm:ss). Screen readers hear the minutes left
 * once a minute (a per-second live region would talk over everything), and
 * `onExpire` runs once when the time is up.
 */
export function HoldCountdown({ expiresAt, onExpire, className, label = "Seats held for" }: { expiresAt: string; onExpire?: () => void; className?: string; label?: string }) {
  const [left, setLeft] = useState<number | null>(null);
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    expired.current = false;
    const tick = () => {
      const seconds = remainingSeconds(expiresAt);
      setLeft(seconds);
      if (seconds === 0 && !expired.current) {
        expired.current = true;
        onExpireRef.current?.();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);

  if (left === null) return null;
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  const urgent = left <= 60;
  const spoken = left === 0 ? "Your hold has expired." : minutes >= 1 ? `${minutes} minute${minutes === 1 ? "" : "s"} left to pay.` : "Less than a minute left to pay.";
  return (
    <div
      data-testid="hold-countdown"
      className={cn(
        "flex items-center gap-2 rounded-lg border px-3 py-2 text-sm",
        urgent ? "border-warning/40 bg-warning-soft text-warning" : "border-brand/30 bg-brand-soft text-brand",
        className,
      )}
    >
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0">
        <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .2.08.39.22.53l3 3a.75.75 0 1 0 1.06-1.06l-2.78-2.78V5Z" clipRule="evenodd" />
      </svg>
      <span>
        {label}{" "}
        <span role="timer" aria-live="off" className="font-mono font-semibold tabular-nums">
          {String(minutes).padStart(2, "0")}:{String(seconds).padStart(2, "0")}
        </span>
      </span>
      <span className="sr-only" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
}
