"use client";

import { signOutAction } from "@/app/(auth)/actions";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuLink, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

/** The signed-in user's menu in the header. */
export function AccountMenu({ username, role }: { username: string; role: string }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger variant="ghost" size="sm" aria-label={`Account menu for ${username}`}>
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-brand-soft text-xs font-semibold uppercase text-brand">
          {username.slice(0, 2)}
        </span>
        <span className="hidden max-w-32 truncate sm:inline">{username}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          Signed in as <span className="font-medium text-fg">{username}</span>
          {role !== "USER" && <span className="block text-xs capitalize">{role.toLowerCase()}</span>}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLink href="/tickets">My tickets</DropdownMenuLink>
        <DropdownMenuLink href="/account">Profile</DropdownMenuLink>
        <DropdownMenuLink href="/account/security">Security</DropdownMenuLink>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutAction()}>Sign out</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
