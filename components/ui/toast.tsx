"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

export type ToastVariant = "success" | "error" | "info";

export type ToastOptions = {
  title: string;
  description?: string;
  /** Defaults to "info". */
  variant?: ToastVariant;
};

type ToastRecord = Required<Pick<ToastOptions, "title" | "variant">> & { id: number; description?: string };

type ToastApi = {
  /** Shows a toast and returns its id. */
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const DURATION_MS = 5000;
// More than this and the stack starts covering the page on phones.
const MAX_VISIBLE = 4;

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error("useToast must be used inside <ToastProvider>");
  return api;
}

/**
 * Nested providers defer to the outermost one, so a page that mounts its own
 * provider under the root layout's still gets a single toast region.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const parent = use(ToastContext);
  if (parent) return children;
  return <ToastRoot>{children}</ToastRoot>;
}

function ToastRoot({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);

  const toast = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    const record: ToastRecord = { id, variant: "info", ...options };
    setToasts((current) => [...current, record].slice(-MAX_VISIBLE));
    return id;
  }, []);

  const api = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      {/* The live region stays mounted even when empty: screen readers only
          announce changes to regions that already existed. */}
      <div
        role="status"
        aria-live="polite"
        className={cn(
          "pointer-events-none fixed inset-x-0 bottom-0 z-[100] flex flex-col gap-2 p-3",
          "pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:inset-x-auto sm:right-0 sm:w-[24rem] sm:p-4",
        )}
      >
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

const variantStyles: Record<ToastVariant, { icon: string; path: string; label: string }> = {
  success: { icon: "bg-success-soft text-success", path: "m4.5 8.5 2.5 2.5 4.5-5.5", label: "Success" },
  error: { icon: "bg-danger-soft text-danger", path: "M8 4.5v4M8 11.2v.3", label: "Error" },
  info: { icon: "bg-brand-soft text-brand", path: "M8 7.5v4M8 4.8v.2", label: "Info" },
};

function ToastItem({ toast, onDismiss }: { toast: ToastRecord; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(DURATION_MS);

  // Hovering or focusing a toast pauses its timer, so it cannot vanish while
  // someone is reading it or reaching for the close button (WCAG 2.2.1).
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, toast.id, onDismiss]);

  const style = variantStyles[toast.variant];

  return (
    <div
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        "pointer-events-auto flex w-full items-start gap-3 rounded-xl border border-border bg-surface p-3.5 text-fg shadow-lg",
        "transition-[opacity,translate] duration-200 starting:translate-y-2 starting:opacity-0 motion-reduce:transition-none",
      )}
    >
      <span className={cn("mt-px flex size-6 shrink-0 items-center justify-center rounded-full", style.icon)}>
        <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
          <path d={style.path} stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="sr-only">{style.label}:</span>
      </span>
      <div className="grid min-w-0 flex-1 gap-0.5 pt-0.5">
        <p className="text-sm font-medium">{toast.title}</p>
        {toast.description && <p className="text-sm text-fg-muted">{toast.description}</p>}
      </div>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
        className={cn(
          "-m-1.5 flex size-10 shrink-0 cursor-pointer items-center justify-center rounded-lg text-fg-muted hover:bg-surface-muted hover:text-fg sm:size-8",
          focusRing,
        )}
      >
        <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
          <path d="m4 4 8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
