import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { devMailboxEnabled, env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listMailbox } from "@/lib/services/mail/list-mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

const querySchema = z.object({
  to: z.string().trim().max(320).optional().catch(undefined),
  id: z.uuid().optional().catch(undefined),
});

/** The local mailbox (API-CONTRACT rule 8): e-mails kept instead of sent when no RESEND_API_KEY is set. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!devMailboxEnabled()) notFound();
  const query = querySchema.parse(await searchParams);
  const tz = env().APP_TIMEZONE;
  const messages = await listMailbox({ to: query.to, limit: 100 });
  const selected = messages.find((m) => m.id === query.id) ?? messages[0];
  const link = (id: string) => `/dev/mailbox?${new URLSearchParams({ ...(query.to ? { to: query.to } : {}), id })}`;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-fg">Dev mailbox</h1>
          <p className="mt-1 text-fg-muted">E-mails the app would have sent. Nothing here left this machine.</p>
        </div>
        <form action="/dev/mailbox" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="mailbox-to" className="sr-only">Recipient</label>
          <input
            id="mailbox-to"
            name="to"
            type="search"
            defaultValue={query.to}
            placeholder="Filter by recipient"
            className="h-10 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg placeholder:text-fg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:w-72"
          />
          <button className="h-10 rounded-lg bg-brand px-4 text-sm font-medium text-brand-fg hover:bg-brand/90">Filter</button>
        </form>
      </header>
      {messages.length === 0 ? (
        <EmptyState title="The mailbox is empty" description={query.to ? `No e-mails to ${query.to} yet.` : "E-mails appear here as soon as the app sends one."} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
          <ul className="flex max-h-[70vh] flex-col gap-1 overflow-y-auto rounded-xl border border-border bg-surface p-2" aria-label="Messages">
            {messages.map((m) => (
              <li key={m.id}>
                <Link
                  href={link(m.id)}
                  aria-current={m.id === selected?.id ? "true" : undefined}
                  className={cn("block rounded-lg px-3 py-2", m.id === selected?.id ? "bg-brand-soft" : "hover:bg-surface-muted")}
                >
                  <span className="block truncate text-sm font-medium text-fg">{m.subject}</span>
                  <span className="block truncate text-xs text-fg-muted">
                    {m.to} · {formatDateTime(m.createdAt, tz)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {selected && (
            <article className="flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-surface p-4" data-testid="mailbox-message">
              <div>
                <h2 className="text-lg font-semibold text-fg">{selected.subject}</h2>
                <p className="text-sm text-fg-muted">
                  To {selected.to} · {formatDateTime(selected.createdAt, tz)}
                  {selected.attachments.length > 0 && ` · ${selected.attachments.length} attachment${selected.attachments.length > 1 ? "s" : ""}`}
                </p>
              </div>
              {/* Sandboxed: the message's HTML can neither run scripts nor reach this page. */}
              <iframe title={`E-mail: ${selected.subject}`} sandbox="" srcDoc={selected.html} className="h-[60vh] w-full rounded-lg border border-border bg-white" />
              <details>
                <summary className="cursor-pointer text-sm text-fg-muted">Plain-text version</summary>
                <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-surface-muted p-3 text-xs text-fg">{selected.text}</pre>
              </details>
            </article>
          )}
        </div>
      )}
    </div>
  );
}
