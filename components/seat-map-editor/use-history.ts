"use client";

import { useCallback, useState } from "react";

type History<T> = { past: T[]; present: T; future: T[] };

const LIMIT = 200;

/** Undo/redo over immutable states: each change that returns a new object is one step. */
export function useHistory<T>(initial: T) {
  const [history, setHistory] = useState<History<T>>({ past: [], present: initial, future: [] });

  const change = useCallback((update: (present: T) => T) => {
    setHistory((h) => {
      const next = update(h.present);
      if (next === h.present) return h;
      return { past: [...h.past.slice(-LIMIT + 1), h.present], present: next, future: [] };
    });
  }, []);

  /** Replaces the present without an undo step (e.g. ids the server assigned). */
  const replace = useCallback((update: (present: T) => T) => setHistory((h) => ({ ...h, present: update(h.present) })), []);

  const undo = useCallback(
    () =>
      setHistory((h) => (h.past.length ? { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] } : h)),
    [],
  );
  const redo = useCallback(() => setHistory((h) => (h.future.length ? { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) } : h)), []);

  return { state: history.present, change, replace, undo, redo, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}
