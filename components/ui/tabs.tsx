"use client";

import { createContext, use, useId, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";
import { focusRing, focusRingInset } from "./focus-ring";

type TabsContext = {
  value: string | undefined;
  select: (value: string) => void;
  idFor: (part: "tab" | "panel", value: string) => string;
};

const TabsContext = createContext<TabsContext | null>(null);

function useTabs(component: string): TabsContext {
  const context = use(TabsContext);
  if (!context) throw new Error(`${component} must be used inside <Tabs>`);
  return context;
}

export type TabsProps = {
  /** Controlled: the selected tab's value (pair with onValueChange). */
  value?: string;
  /** Uncontrolled: the tab selected at first. One of value/defaultValue is needed so a tab is reachable by Tab. */
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  className?: string;
  children: ReactNode;
};

export function Tabs({ value, defaultValue, onValueChange, className, children }: TabsProps) {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const baseId = useId();
  const selected = value ?? uncontrolled;
  const context: TabsContext = {
    value: selected,
    select: (next) => {
      if (value === undefined) setUncontrolled(next);
      if (next !== selected) onValueChange?.(next);
    },
    // Values are free text; ids must not contain spaces.
    idFor: (part, v) => `${baseId}-${part}-${v.replace(/[^\w-]/g, "_")}`,
  };
  return (
    <TabsContext value={context}>
      <div className={cn("grid gap-4", className)}>{children}</div>
    </TabsContext>
  );
}

/** Needs an accessible name: pass aria-label (or aria-labelledby). */
export function TabsList({ className, children, ...props }: ComponentProps<"div">) {
  const tabs = useTabs("TabsList");

  // Roving tabindex: only the selected tab is in the Tab order; arrows move
  // between tabs and select as they go (automatic activation, since panels
  // are already rendered).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)'));
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const targets: Record<string, HTMLButtonElement | undefined> = {
      ArrowRight: list[(index + 1) % list.length],
      ArrowLeft: list[(index - 1 + list.length) % list.length],
      Home: list[0],
      End: list.at(-1),
    };
    const next = targets[event.key];
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next.dataset.value !== undefined) tabs.select(next.dataset.value);
  }

  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      // Scrolls sideways on phones instead of wrapping. The baseline is an inset
      // shadow, not a border, so each tab's underline can paint over it.
      className={cn(
        "flex gap-1 overflow-x-auto shadow-[inset_0_-1px_0_var(--color-border)] [scrollbar-width:none]",
        className,
      )}
      {...props}
    >
      {children}
    </div>
  );
}

export function TabsTrigger({
  value,
  className,
  onClick,
  ...props
}: Omit<ComponentProps<"button">, "value"> & { value: string }) {
  const tabs = useTabs("TabsTrigger");
  const selected = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={tabs.idFor("tab", value)}
      aria-selected={selected}
      aria-controls={tabs.idFor("panel", value)}
      tabIndex={selected ? 0 : -1}
      data-value={value}
      onClick={(event) => {
        onClick?.(event);
        tabs.select(value);
      }}
      className={cn(
        "relative inline-flex h-10 shrink-0 cursor-pointer items-center gap-2 rounded-t-md px-3 text-sm font-medium whitespace-nowrap transition-colors",
        "border-b-2 border-transparent text-fg-muted hover:text-fg",
        "aria-selected:border-brand aria-selected:text-fg",
        // Inset: the tab list scrolls, so anything outside a tab would be clipped.
        focusRingInset,
        "disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({
  value,
  className,
  ...props
}: Omit<ComponentProps<"div">, "value"> & { value: string }) {
  const tabs = useTabs("TabsContent");
  const selected = tabs.value === value;
  return (
    <div
      role="tabpanel"
      id={tabs.idFor("panel", value)}
      aria-labelledby={tabs.idFor("tab", value)}
      // Focusable so keyboard users can reach panels that hold only text.
      tabIndex={0}
      hidden={!selected}
      className={cn(
        "rounded-lg", focusRing, className,
      )}
      {...props}
    />
  );
}
