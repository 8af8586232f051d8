import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ u?: string; code?: string }> }) {
  const { u, code } = await searchParams;
  return (
    <AuthCard
      title="Choose a new password"
      description="Every device signed in to your account will be signed out."
      footer={<Link href="/forgot-password" className="font-medium text-brand hover:underline">Need a new code?</Link>}
    >
      <ResetPasswordForm identifier={u?.slice(0, 320)} code={code?.slice(0, 64)} />
    </AuthCard>
  );
}
