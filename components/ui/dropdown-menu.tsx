"use client";

import Link from "next/link";
import {
  createContext,
  use,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { Button, type ButtonProps } from "./button";
import { cn } from "./cn";
import { focusRingInset } from "./focus-ring";

/** Closed, or open with the item to focus first (ArrowUp on the trigger opens at the end). */
type MenuState = false | "first" | "last";

type MenuContext = {
  state: MenuState;
  setState: (state: MenuState) => void;
  menuId: string;
  triggerId: string;
  /** Close and give focus back to the trigger (Escape, choosing an item). */
  closeAndReturnFocus: () => void;
};

const MenuContext = createContext<MenuContext | null>(null);

function useMenu(component: string): MenuContext {
  const context = use(MenuContext);
  if (!context) throw new Error(`${component} must be used inside <DropdownMenu>`);
  return context;
}

/**
 * Menu button pattern (WAI-ARIA APG): a trigger with aria-haspopup="menu" and
 * a role="menu" list. Compose DropdownMenuTrigger, DropdownMenuContent and
 * DropdownMenuItem / DropdownMenuLink / DropdownMenuSeparator / DropdownMenuLabel.
 */
export function DropdownMenu({ children, className }: { children: ReactNode; className?: string }) {
  const [state, setState] = useState<MenuState>(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const triggerId = useId();

  const open = state !== false;
  useEffect(() => {
    if (!open) return;
    // Click outside closes without stealing focus from whatever was clicked.
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setState(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const context: MenuContext = {
    state,
    setState,
    menuId,
    triggerId,
    closeAndReturnFocus: () => {
      setState(false);
      // Looked up by id rather than a ref so the context stays plain data.
      document.getElementById(triggerId)?.focus();
    },
  };

  return (
    <MenuContext value={context}>
      <div ref={rootRef} className={cn("relative inline-block", className)}>
        {children}
      </div>
    </MenuContext>
  );
}

/** A Button (same variant/size props) that toggles the menu. Give icon-only triggers an aria-label. */
export function DropdownMenuTrigger({ variant = "outline", onClick, onKeyDown, ...props }: Omit<ButtonProps, "ref">) {
  const menu = useMenu("DropdownMenuTrigger");
  return (
    <Button
      id={menu.triggerId}
      variant={variant}
      aria-haspopup="menu"
      aria-expanded={menu.state !== false}
      aria-controls={menu.state ? menu.menuId : undefined}
      onClick={(event) => {
        onClick?.(event);
        menu.setState(menu.state ? false : "first");
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          menu.setState(event.key === "ArrowUp" ? "last" : "first");
        }
      }}
      {...props}
    />
  );
}

function menuItems(menu: HTMLElement): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])'));
}

export function DropdownMenuContent({
  align = "start",
  className,
  children,
}: {
  /** Which trigger edge the menu lines up with; use "end" for triggers near the right edge. */
  align?: "start" | "end";
  className?: string;
  children: ReactNode;
}) {
  const menu = useMenu("DropdownMenuContent");
  const ref = useRef<HTMLDivElement>(null);
  const { state } = menu;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!state || !el) return;
    // Nudge the menu back inside the viewport when its trigger sits near an
    // edge (common on phones, where toolbars wrap). Before paint, so no jump.
    el.style.translate = "";
    const margin = 8;
    // The rect is taken mid entry animation (scaled from the top centre), so
    // rebuild the unscaled edges from the layout width.
    const rect = el.getBoundingClientRect();
    const left = rect.left + (rect.width - el.offsetWidth) / 2;
    const right = left + el.offsetWidth;
    const overflowRight = right - (document.documentElement.clientWidth - margin);
    const shift = left < margin ? margin - left : overflowRight > 0 ? -overflowRight : 0;
    if (shift) el.style.translate = `${shift}px 0`;
    const items = menuItems(el);
    (state === "last" ? items.at(-1) : items[0])?.focus();
  }, [state]);

  if (!state) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = menuItems(event.currentTarget);
    const index = items.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case "ArrowDown":
        next = items[(index + 1) % items.length];
        break;
      case "ArrowUp":
        next = items[(index - 1 + items.length) % items.length];
        break;
      case "Home":
        next = items[0];
        break;
      case "End":
        next = items.at(-1);
        break;
      case "Escape":
        event.preventDefault();
        menu.closeAndReturnFocus();
        return;
      case "Tab":
        // Tab leaves the menu: parking focus on the trigger first makes the
        // browser's default Tab move on from there, not from a removed item.
        document.getElementById(menu.triggerId)?.focus();
        menu.setState(false);
        return;
      default:
        // Type-ahead: jump to the next item starting with the typed letter.
        if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const letter = event.key.toLowerCase();
          const ordered = [...items.slice(index + 1), ...items.slice(0, index + 1)];
          next = ordered.find((item) => item.textContent?.trim().toLowerCase().startsWith(letter));
        }
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <div
      ref={ref}
      id={menu.menuId}
      role="menu"
      aria-labelledby={menu.triggerId}
      aria-orientation="vertical"
      onKeyDown={onKeyDown}
      className={cn(
        "absolute top-full z-50 mt-1.5 grid max-h-[min(24rem,70dvh)] max-w-[calc(100vw-1rem)] min-w-48 overflow-y-auto rounded-xl border border-border bg-surface p-1 text-fg shadow-lg",
        "origin-top transition-[opacity,scale] duration-100 starting:scale-95 starting:opacity-0 motion-reduce:transition-none",
        align === "end" ? "right-0" : "left-0",
        className,
      )}
    >
      {children}
    </div>
  );
}

// Colours live in the two tones below rather than the base, because cn does
// not resolve conflicting utilities (see cn.ts).
const itemClasses = cn(
  "flex min-h-10 w-full cursor-pointer items-center gap-2 rounded-lg px-2.5 text-left text-sm select-none sm:min-h-9",
  "aria-disabled:pointer-events-none aria-disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
  // Pointer users get the highlight only; keyboard users also get the ring.
  focusRingInset,
);
const itemTones = {
  default: "text-fg hover:bg-surface-muted focus:bg-surface-muted [&_svg]:text-fg-muted",
  destructive: "text-danger hover:bg-danger-soft focus:bg-danger-soft",
} as const;

export type DropdownMenuItemProps = Omit<ComponentProps<"button">, "onSelect"> & {
  /** Runs when the item is chosen by click, Enter or Space; the menu then closes. */
  onSelect?: () => void;
  destructive?: boolean;
};

export function DropdownMenuItem({
  onSelect,
  onClick,
  destructive,
  disabled,
  className,
  ...props
}: DropdownMenuItemProps) {
  const menu = useMenu("DropdownMenuItem");
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      // aria-disabled rather than disabled keeps the item discoverable to screen readers.
      aria-disabled={disabled || undefined}
      onClick={(event) => {
        if (disabled) return;
        onClick?.(event);
        onSelect?.();
        menu.closeAndReturnFocus();
      }}
      className={cn(itemClasses, itemTones[destructive ? "destructive" : "default"], className)}
      {...props}
    />
  );
}

export function DropdownMenuLink({ className, onClick, ...props }: ComponentProps<typeof Link>) {
  const menu = useMenu("DropdownMenuLink");
  return (
    <Link
      role="menuitem"
      tabIndex={-1}
      onClick={(event) => {
        onClick?.(event);
        menu.setState(false);
      }}
      className={cn(itemClasses, itemTones.default, className)}
      {...props}
    />
  );
}

export function DropdownMenuSeparator() {
  return <div role="separator" className="-mx-1 my-1 h-px bg-border" />;
}

/** Non-interactive heading for a group of items. */
export function DropdownMenuLabel({ className, ...props }: ComponentProps<"div">) {
  return <div role="presentation" className={cn("px-2.5 pt-2 pb-1 text-xs font-medium text-fg-muted", className)} {...props} />;
}
