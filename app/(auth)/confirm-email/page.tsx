import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { requireActor } from "@/lib/auth/viewer";
import { getProfile } from "@/lib/services/users/user-profile";

export const metadata: Metadata = { title: "Confirm your e-mail" };

export default async function ConfirmEmailPage() {
  const actor = await requireActor({ next: "/confirm-email" });
  const profile = await getProfile(actor.userId);
  if (profile.emailConfirmed) {
    return (
      <AuthCard title="E-mail confirmed" description={`${profile.email} is confirmed.`}>
        <Link href="/" className="text-sm font-medium text-brand hover:underline">
          Go to the home page
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Confirm your e-mail" description={<>We sent a 6-digit code to <strong className="text-fg">{profile.email}</strong>. It is valid for 15 minutes.</>}>
      <ConfirmEmailForm />
    </AuthCard>
  );
}
