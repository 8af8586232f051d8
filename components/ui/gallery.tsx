"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Badge } from "./badge";
import { Button, buttonClasses } from "./button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";
import { Checkbox } from "./checkbox";
import { EmptyState } from "./empty-state";
import { Input } from "./input";
import { Select } from "./select";
import { Skeleton } from "./skeleton";
import { Spinner } from "./spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Pagination } from "./table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "./tabs";
import { Textarea } from "./textarea";
import { GalleryOverlays } from "./gallery-overlays";
import { ToastProvider } from "./toast";

const orders = [
  { ref: "TSR-4821", buyer: "Amira Haddad", event: "Jazz at the Lighthouse", seats: 2, total: "€48.00", status: "paid" },
  { ref: "TSR-4820", buyer: "Jonas Weber", event: "Nosferatu (1922) + live score", seats: 4, total: "€64.00", status: "pending" },
  { ref: "TSR-4819", buyer: "Léa Martin", event: "Spring Poetry Night", seats: 1, total: "€0.00", status: "refunded" },
  { ref: "TSR-4818", buyer: "Kenji Sato", event: "Jazz at the Lighthouse", seats: 3, total: "€72.00", status: "cancelled" },
] as const;

const statusBadge = {
  paid: "success",
  pending: "warning",
  refunded: "neutral",
  cancelled: "danger",
} as const;

/** Dev-only showcase of every primitive; rendered by app/dev/ui/page.tsx. */
export function UiGallery({ page }: { page: number }) {
  return (
    // The root layout mounts a provider too; the nested one defers to it.
    <ToastProvider>
      <div className="grid gap-10">
        <header>
          <h1 className="text-3xl font-bold tracking-tight text-fg">UI primitives</h1>
          <p className="mt-1 text-fg-muted">Every component in components/ui, in its states. Development only.</p>
        </header>
        <ButtonsSection />
        <Section title="Badges and spinner">
          <div className="flex flex-wrap items-center gap-2">
            <Badge>Neutral</Badge>
            <Badge variant="brand">12 places left</Badge>
            <Badge variant="success">Paid</Badge>
            <Badge variant="warning">Pending</Badge>
            <Badge variant="danger">Sold out</Badge>
            <Spinner className="ml-2 text-fg-muted" />
            <Spinner size="lg" className="text-brand" />
          </div>
        </Section>
        <FormSection />
        <GalleryOverlays />
        <Section title="Tabs">
          <Tabs defaultValue="overview">
            <TabsList aria-label="Event sections">
              <TabsTrigger value="overview">Overview</TabsTrigger>
              <TabsTrigger value="tickets">Tickets</TabsTrigger>
              <TabsTrigger value="seating">Seating plan</TabsTrigger>
              <TabsTrigger value="payouts" disabled>
                Payouts
              </TabsTrigger>
            </TabsList>
            <TabsContent value="overview" className="text-sm text-fg-muted">
              Arrow keys move between tabs; Home and End jump to the ends. The disabled tab is skipped.
            </TabsContent>
            <TabsContent value="tickets" className="text-sm text-fg-muted">
              Standard, reduced and VIP ticket types would be listed here.
            </TabsContent>
            <TabsContent value="seating" className="text-sm text-fg-muted">
              The seat map editor would live here.
            </TabsContent>
            <TabsContent value="payouts">Never shown.</TabsContent>
          </Tabs>
        </Section>
        <TableSection page={page} />
        <Section title="Loading and empty">
          <div className="grid gap-4 md:grid-cols-2">
            <Card aria-busy="true" aria-label="Loading event">
              <CardContent className="grid gap-3">
                <Skeleton className="h-36 w-full" />
                <Skeleton className="h-5 w-2/3" />
                <Skeleton className="h-4 w-1/2" />
              </CardContent>
            </Card>
            <EmptyState
              icon={<TicketIcon />}
              title="No orders yet"
              description="Orders show up here as soon as someone buys a ticket for this event."
              action={
                <Link href="/events" className={buttonClasses({ variant: "outline" })}>
                  Browse events
                </Link>
              }
            />
          </div>
        </Section>
      </div>
    </ToastProvider>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-4">
      <h2 className="text-lg font-semibold tracking-tight text-fg">{title}</h2>
      {children}
    </section>
  );
}

function ButtonsSection() {
  const [loading, setLoading] = useState(false);
  return (
    <Section title="Buttons">
      <div className="flex flex-wrap items-center gap-2">
        <Button>Primary</Button>
        <Button variant="secondary">Secondary</Button>
        <Button variant="outline">Outline</Button>
        <Button variant="ghost">Ghost</Button>
        <Button variant="danger">Danger</Button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm">Small</Button>
        <Button size="md">Medium</Button>
        <Button size="lg">Large</Button>
        <Button disabled>Disabled</Button>
        <Button
          variant="outline"
          loading={loading}
          onClick={() => {
            setLoading(true);
            setTimeout(() => setLoading(false), 2000);
          }}
        >
          {loading ? "Saving…" : "Click to load"}
        </Button>
        <Button loading>Paying</Button>
        <Link href="/events" className={buttonClasses({ variant: "secondary", size: "sm" })}>
          Link as button
        </Link>
      </div>
    </Section>
  );
}

function FormSection() {
  return (
    <Section title="Form fields">
      <Card>
        <CardHeader>
          <CardTitle>Event details</CardTitle>
          <CardDescription>Errors are wired to the controls with aria-describedby.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <Input label="Event name" placeholder="Jazz at the Lighthouse" hint="Shown on tickets and in e-mails." required />
          <Input label="Organizer e-mail" type="email" defaultValue="not-an-email" error="Enter a valid e-mail address." />
          <Select label="Venue" defaultValue="">
            <option value="" disabled>
              Choose a venue…
            </option>
            <option>Main hall</option>
            <option>Studio 2</option>
          </Select>
          <Select label="Currency" error="Pick the currency your payouts use." defaultValue="eur">
            <option value="eur">Euro (EUR)</option>
            <option value="usd">US dollar (USD)</option>
          </Select>
          <Input label="Capacity" type="number" defaultValue={0} error={["Must be at least 1.", "Must not exceed the venue's 420 seats."]} />
          <Input label="Slug" defaultValue="jazz-lighthouse" disabled hint="Fixed once tickets are on sale." />
          <Textarea
            label="Description"
            containerClassName="sm:col-span-2"
            placeholder="What should people know before they buy?"
            hint="Markdown is not supported."
          />
          <div className="grid gap-4 sm:col-span-2">
            <Checkbox label="Publish immediately" hint="Visitors can find and buy tickets as soon as you save." defaultChecked />
            <Checkbox label="I accept the organizer terms" error="You must accept the terms to publish." />
            <Checkbox label="Enable waitlist (coming soon)" disabled />
          </div>
        </CardContent>
        <CardFooter className="justify-end">
          <Button variant="ghost">Cancel</Button>
          <Button>Save event</Button>
        </CardFooter>
      </Card>
    </Section>
  );
}

function TableSection({ page }: { page: number }) {
  return (
    <Section title="Table and pagination">
      <div className="grid gap-3">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Order</TableHead>
              <TableHead>Buyer</TableHead>
              <TableHead>Event</TableHead>
              <TableHead align="right">Seats</TableHead>
              <TableHead align="right">Total</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {orders.map((order) => (
              <TableRow key={order.ref}>
                <TableCell className="font-mono text-xs whitespace-nowrap">{order.ref}</TableCell>
                <TableCell className="whitespace-nowrap">{order.buyer}</TableCell>
                <TableCell className="whitespace-nowrap text-fg-muted">{order.event}</TableCell>
                <TableCell className="text-right tabular-nums">{order.seats}</TableCell>
                <TableCell className="text-right tabular-nums">{order.total}</TableCell>
                <TableCell>
                  <Badge variant={statusBadge[order.status]} className="capitalize">
                    {order.status}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Pagination page={page} pageCount={3} hrefForPage={(p) => `/dev/ui?page=${p}`} />
      </div>
    </Section>
  );
}

function TicketIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z" />
      <path d="M13 6v2M13 11v2M13 16v2" />
    </svg>
  );
}
