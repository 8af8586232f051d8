import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { buttonClasses } from "./button";
import { cn } from "./cn";

// No "use client": server pages render tables and pass hrefForPage, a
// function, which could not cross into a client component.

export function Table({ className, containerClassName, ...props }: ComponentProps<"table"> & { containerClassName?: string }) {
  return (
    // Wide tables scroll sideways on phones instead of squashing columns.
    <div className={cn("relative w-full overflow-x-auto rounded-xl border border-border bg-surface", containerClassName)}>
      <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("border-t border-border px-4 py-3 text-left text-sm text-fg-muted", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-surface-muted/60 [&_tr]:border-b [&_tr]:border-border", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border transition-colors hover:bg-surface-muted/40", className)} {...props} />;
}

const alignments = { left: "text-left", center: "text-center", right: "text-right" } as const;

/**
 * Header cells need an explicit alignment (browsers centre <th>), so it is a
 * prop: a `text-right` class would fight the default one (see cn.ts).
 * Match it on the column's TableCells, e.g. right for amounts.
 */
export function TableHead({
  className,
  scope = "col",
  align = "left",
  ...props
}: Omit<ComponentProps<"th">, "align"> & { align?: keyof typeof alignments }) {
  return (
    <th
      scope={scope}
      className={cn("h-10 px-4 align-middle text-xs font-medium whitespace-nowrap text-fg-muted", alignments[align], className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-middle text-fg", className)} {...props} />;
}

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  className?: string;
};

/** Previous/Next links driven by the URL, so pages stay shareable and work without JavaScript. */
export function Pagination({ page, pageCount, hrefForPage, className }: PaginationProps) {
  const last = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), last);
  return (
    <nav aria-label="Pagination" className={cn("flex items-center justify-between gap-3", className)}>
      <PageLink page={current - 1} disabled={current <= 1} hrefForPage={hrefForPage} rel="prev">
        <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
          <path d="m10 4-4 4 4 4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Previous
      </PageLink>
      <p className="text-sm text-fg-muted">
        Page <span className="font-medium text-fg">{current}</span> of <span className="font-medium text-fg">{last}</span>
      </p>
      <PageLink page={current + 1} disabled={current >= last} hrefForPage={hrefForPage} rel="next">
        Next
        <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
          <path d="m6 4 4 4-4 4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </PageLink>
    </nav>
  );
}

function PageLink({
  page,
  disabled,
  hrefForPage,
  rel,
  children,
}: {
  page: number;
  disabled: boolean;
  hrefForPage: (page: number) => string;
  rel: "prev" | "next";
  children: ReactNode;
}) {
  const classes = buttonClasses({ variant: "outline", size: "sm" });
  // A link without href is not focusable and is announced as disabled; a
  // dead link to the same page would not be.
  if (disabled) {
    return (
      <a role="link" aria-disabled="true" className={classes}>
        {children}
      </a>
    );
  }
  return (
    <Link href={hrefForPage(page)} rel={rel} className={classes}>
      {children}
    </Link>
  );
}
