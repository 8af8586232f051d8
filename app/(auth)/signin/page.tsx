import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormMessage } from "@/components/forms/form-message";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const { next, reset } = await searchParams;
  if (await getViewer()) redirect(next?.startsWith("/") && !next.startsWith("//") ? next : "/");
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Your tickets are waiting."
      footer={
        <>
          New here?{" "}
          <Link href="/signup" className="font-medium text-brand hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {reset && <FormMessage ok message="Your password was changed. Sign in with the new one." className="mb-4" />}
      <SignInForm next={next} />
    </AuthCard>
  );
}
