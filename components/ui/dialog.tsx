"use client";

import { isRedirectError } from "next/dist/client/components/redirect-error";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

const widths = {
  sm: "max-w-sm",
  md: "max-w-lg",
  lg: "max-w-2xl",
} as const;

export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Action row under the body, right-aligned on wide screens, stacked on phones. */
  footer?: ReactNode;
  size?: keyof typeof widths;
  /** Hides the corner close button (Escape and backdrop still close unless onOpenChange refuses). */
  hideCloseButton?: boolean;
  className?: string;
};

/**
 * Modal built on <dialog> + showModal(): the browser provides the top layer,
 * inert background and focus containment. Content is unmounted while closed
 * so forms inside start fresh each time. Put `data-autofocus` on the element
 * that should receive focus first; otherwise the browser picks the first
 * focusable one.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = "md",
  hideCloseButton = false,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Latest props for the native event listeners, which outlive a render.
  const latest = useRef({ open, onOpenChange });
  useEffect(() => {
    latest.current = { open, onOpenChange };
  });
  const pointerDownOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    // The page behind a modal should not scroll on touch devices either.
    const root = document.documentElement;
    const previousOverflow = root.style.overflow;
    root.style.overflow = "hidden";
    return () => {
      root.style.overflow = previousOverflow;
      if (dialog.open) dialog.close();
      // Browsers differ on restoring focus after close(); do it explicitly.
      if (trigger?.isConnected) trigger.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: let the owner decide, so controlled state never disagrees with the DOM.
        event.preventDefault();
        latest.current.onOpenChange(false);
      }}
      onClose={() => {
        // Reached only if the browser closed it on its own (e.g. a repeated Escape
        // that cannot be cancelled); tell the owner.
        if (latest.current.open) latest.current.onOpenChange(false);
      }}
      onPointerDown={(event) => {
        pointerDownOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // The dialog box itself has no padding, so a click whose target is the
        // <dialog> element landed on the backdrop. Requiring the press to start
        // there too keeps a text selection dragged outside from closing it.
        if (event.target === event.currentTarget && pointerDownOnBackdrop.current) {
          latest.current.onOpenChange(false);
        }
        pointerDownOnBackdrop.current = false;
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] overflow-visible bg-transparent p-0 text-fg",
        "backdrop:bg-bg/70 backdrop:backdrop-blur-[2px]",
        "opacity-100 transition-[opacity,scale] duration-150 starting:open:scale-95 starting:open:opacity-0 motion-reduce:transition-none",
        widths[size],
      )}
    >
      {open && (
        <div
          className={cn(
            "relative max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border border-border bg-surface shadow-2xl",
            className,
          )}
        >
          <div className="grid gap-1.5 p-5 pr-14 sm:p-6 sm:pr-14">
            <h2 id={titleId} className="text-lg font-semibold tracking-tight">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="text-sm text-fg-muted">
                {description}
              </p>
            )}
          </div>
          {!hideCloseButton && (
            <Button
              variant="ghost"
              size="icon"
              aria-label="Close"
              onClick={() => onOpenChange(false)}
              className="absolute top-3 right-3 sm:top-4 sm:right-4"
            >
              <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4 text-fg-muted">
                <path d="m4 4 8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </Button>
          )}
          {children && <div className="px-5 pb-5 sm:px-6 sm:pb-6">{children}</div>}
          {footer && (
            <div className="flex flex-col-reverse gap-2 rounded-b-xl border-t border-border bg-surface-muted/40 px-5 py-4 sm:flex-row sm:justify-end sm:px-6">
              {footer}
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for irreversible actions (cancel order, delete event). */
  destructive?: boolean;
  /**
   * May return a promise: the confirm button shows a spinner and the dialog
   * cannot be dismissed until it settles. Resolving closes the dialog;
   * rejecting keeps it open (handle and report the error inside onConfirm).
   */
  onConfirm: () => void | Promise<void>;
  children?: ReactNode;
};

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  destructive = false,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (error) {
      // A server action that redirects rejects with Next's redirect after the
      // navigation has started: that is success, not a failure to report.
      if (isRedirectError(error)) {
        onOpenChange(false);
        return;
      }
      // Stay open so the user can retry; surface the failure to error reporting.
      reportError(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!pending) onOpenChange(next);
      }}
      title={title}
      description={description}
      size="sm"
      hideCloseButton
      footer={
        <>
          {/* Focus starts on the safe choice so a stray Enter does not destroy anything. */}
          <Button variant="outline" data-autofocus disabled={pending} onClick={() => onOpenChange(false)}>
            {cancelLabel}
          </Button>
          <Button variant={destructive ? "danger" : "primary"} loading={pending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
