"use client";

import { useEffect } from "react";

/** While there are unsaved changes, leaving the page (reload, close, typed address, in-app link) asks first. */
export function useUnsavedGuard(dirty: boolean) {
  // Leaving with unsaved changes asks first (reload, close, typed address).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // In-app links do not fire beforeunload: ask before following one (capture phase, ahead of Next's Link).
  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      const link = (e.target as HTMLElement | null)?.closest?.("a[href]");
      if (!link || e.defaultPrevented || link.getAttribute("target") === "_blank") return;
      if (!window.confirm("You have unsaved changes to this seat map. Leave without saving?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [dirty]);
}
