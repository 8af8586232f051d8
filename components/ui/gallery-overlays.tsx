"use client";

import { useState } from "react";
import { Button } from "./button";
import { ConfirmDialog, Dialog } from "./dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuLink,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./dropdown-menu";
import { Input } from "./input";
import { useToast } from "./toast";

/** Dialog, confirm dialog, dropdown menu and toast triggers for the dev gallery (components/ui/gallery.tsx). */
export function GalleryOverlays() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const { toast } = useToast();

  return (
    <section className="grid gap-4">
      <h2 className="text-lg font-semibold tracking-tight text-fg">Dialogs, menus and toasts</h2>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" onClick={() => setDialogOpen(true)}>
          Open dialog
        </Button>
        <Button variant="danger" onClick={() => setConfirmOpen(true)}>
          Cancel order…
        </Button>
        <DropdownMenu>
          <DropdownMenuTrigger>
            Actions
            <ChevronIcon />
          </DropdownMenuTrigger>
          <DropdownMenuContent>
            <DropdownMenuLabel>Order TSR-4821</DropdownMenuLabel>
            <DropdownMenuItem onSelect={() => toast({ title: "Tickets re-sent", variant: "success" })}>
              Resend tickets
            </DropdownMenuItem>
            <DropdownMenuLink href="/events">View event</DropdownMenuLink>
            <DropdownMenuItem disabled>Transfer seats</DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem destructive onSelect={() => setConfirmOpen(true)}>
              Cancel order
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        <DropdownMenu>
          <DropdownMenuTrigger variant="ghost" size="icon" aria-label="More actions">
            <DotsIcon />
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuItem onSelect={() => toast({ title: "Duplicated" })}>Duplicate</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => toast({ title: "Archived" })}>Archive</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        <Button
          variant="secondary"
          onClick={() => toast({ title: "Event saved", description: "Your changes are live.", variant: "success" })}
        >
          Success toast
        </Button>
        <Button
          variant="secondary"
          onClick={() => toast({ title: "Payment failed", description: "The card was declined. Try another one.", variant: "error" })}
        >
          Error toast
        </Button>
        <Button variant="secondary" onClick={() => toast({ title: "Seats are held for 10 minutes" })}>
          Info toast
        </Button>
      </div>

      <Dialog
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        title="Rename showing"
        description="The new name appears on the schedule and on tickets sold from now on."
        footer={
          <>
            <Button variant="outline" onClick={() => setDialogOpen(false)}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                setDialogOpen(false);
                toast({ title: "Showing renamed", variant: "success" });
              }}
            >
              Save
            </Button>
          </>
        }
      >
        <Input label="Name" defaultValue="Nosferatu (1922) + live score" data-autofocus />
      </Dialog>

      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title="Cancel this order?"
        description="The 2 tickets are voided and the buyer is refunded €48.00. This cannot be undone."
        confirmLabel="Cancel order"
        cancelLabel="Keep order"
        destructive
        onConfirm={async () => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          toast({ title: "Order cancelled", description: "A refund of €48.00 is on its way.", variant: "success" });
        }}
      />
    </section>
  );
}

function ChevronIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4 text-fg-muted">
      <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function DotsIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" className="size-4">
      <circle cx="3.5" cy="8" r="1.25" />
      <circle cx="8" cy="8" r="1.25" />
      <circle cx="12.5" cy="8" r="1.25" />
    </svg>
  );
}
