import { NextResponse } from "next/server";
import { z } from "zod";
import { devMailboxEnabled } from "@/lib/env";
import { withApi } from "@/lib/http/api-handler";
import { notFound } from "@/lib/http/errors";
import { listMailbox } from "@/lib/services/mail/list-mailbox";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  to: z.string().trim().max(320).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

// GET /api/dev/mailbox?to=<address> – the local mailbox, newest first (API-CONTRACT rule 8).
export const GET = withApi(async ({ searchParams }) => {
  if (!devMailboxEnabled()) throw notFound("Page");
  const query = querySchema.parse(Object.fromEntries(searchParams));
  return NextResponse.json(await listMailbox(query), { headers: { "Cache-Control": "no-store" } });
});
