import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { UiGallery } from "@/components/ui/gallery";
import { devMailboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "UI primitives", robots: { index: false } };

/** Every primitive in components/ui in its states, for eyeballing both themes. Hidden in production. */
export default async function UiGalleryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Read the environment at request time, not at build time, so DEV_MAILBOX=1 on a production server works (same switch as the dev mailbox).
  await connection();
  if (!devMailboxEnabled()) notFound();
  const raw = (await searchParams).page;
  const page = Math.max(1, Number.parseInt(typeof raw === "string" ? raw : "1", 10) || 1);
  return <UiGallery page={page} />;
}
